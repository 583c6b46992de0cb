/**
 * Allocation plans (资金分配表): a finance officer uploads a spreadsheet of allocations, sees every row checked,
 * and confirms it; the rows then go in as ordinary {@code AllocateFunds} commands, each under an
 * Idempotency-Key derived from the file's hash and the row number.
 */
package org.fupin.ledger.command.plan;
