/** Framework wiring: the event store, Axon's buses and processors. */
package org.fupin.ledger.command.config;
