/** A village's collective economy: income from its assets and what the committee spends it on. */
package org.fupin.ledger.command.collective;
