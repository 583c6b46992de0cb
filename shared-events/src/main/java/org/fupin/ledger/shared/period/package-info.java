/** Accounting periods: the months whose books are closed to new money entries. */
package org.fupin.ledger.shared.period;
