/** The fund read model: each fund source's amount, allocations, returns and unallocated money. */
package org.fupin.ledger.query.fund;
