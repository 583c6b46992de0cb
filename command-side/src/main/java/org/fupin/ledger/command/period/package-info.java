/**
 * Accounting periods: effective dates of money entries, and the monthly close that shuts a month's books to
 * new entries.
 */
package org.fupin.ledger.command.period;
