/** Upcasters: how events stored in an older shape are read in the current one. */
package org.fupin.ledger.eventstore.upcasting;
