/** Events of a village's fund account: registration, allocations received and money returned. */
package org.fupin.ledger.shared.village;
