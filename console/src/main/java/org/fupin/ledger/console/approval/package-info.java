/** The approvals page: large allocations and payments waiting for a second finance officer. */
package org.fupin.ledger.console.approval;
