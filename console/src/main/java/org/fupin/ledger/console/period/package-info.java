/** For finance officers and inspectors: the ledger's months, which are closed, and closing the next one. */
package org.fupin.ledger.console.period;
