/** For inspectors: a village's timeline of events, page by page, and whether the stored events are intact. */
package org.fupin.ledger.console.inspection;
