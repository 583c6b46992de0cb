/** Events of a fund source: registration, allocations to villages, and money villages gave back. */
package org.fupin.ledger.shared.fund;
