/** Events of a village's collective account: income in, spending out. */
package org.fupin.ledger.shared.collective;
