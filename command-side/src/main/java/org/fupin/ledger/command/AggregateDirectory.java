package org.fupin.ledger.command;

/**
 * Tells whether an aggregate exists, so that the first step of a cross-aggregate flow can refuse a
 * target that is not there before anything is recorded. Backed by the event store
 * ({@code lastSequenceNumberFor}), which works the same on PostgreSQL and on Axon Server.
 */
@FunctionalInterface
public interface AggregateDirectory {

    /** @param aggregateId a typed id; its {@code toString()} is the aggregate identifier */
    boolean exists(Object aggregateId);
}
