/** How the console calls the two ledger APIs as its signed-in user, and what their refusals mean to a page. */
package org.fupin.ledger.console.api;
