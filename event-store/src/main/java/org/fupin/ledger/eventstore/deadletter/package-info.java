/**
 * Dead letters: an event a processor's handlers keep failing on is parked in Axon's sequenced dead-letter
 * queue in PostgreSQL, with the later events of its sequence queued behind it, while every other sequence
 * keeps flowing; administrators list, retry and evict them, and health and a gauge say that letters wait.
 */
package org.fupin.ledger.eventstore.deadletter;
