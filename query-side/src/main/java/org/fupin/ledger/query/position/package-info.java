/**
 * Where poverty-fund money is: the one home of the formulas (available, committed, held, unallocated) that every
 * read model, report and replay of the query side derives from its running totals.
 */
package org.fupin.ledger.query.position;
