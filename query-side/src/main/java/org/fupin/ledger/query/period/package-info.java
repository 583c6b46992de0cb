/** Accounting periods: the effective date of each money entry, and the months whose books are closed. */
package org.fupin.ledger.query.period;
