/** Maker-checker: the allocations and payments that wait for, or got, a second finance officer's decision. */
package org.fupin.ledger.query.approval;
