/** Wiring: sign-in and who may open which page, language, and the settings the console reads. */
package org.fupin.ledger.console.config;
