package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.stream.Stream;

/**
 * Where the integrity chain reads stored events, without upcasting: Axon's JDBC engine on the PostgreSQL
 * event store ({@link JdbcRawEvents}), or the Axon Server connector ({@link AxonServerRawEvents}). Either way
 * the events come with gap-aware tokens; Axon Server hands out global positions only at commit, so its
 * tokens never have gaps.
 */
interface RawEventSource {

    /** The events a reader at {@code token} (null: at the start) has not seen and that are visible now. */
    Stream<? extends TrackedEventMessage<?>> unseenBy(GapAwareTrackingToken token);

    /** The highest global position stored, -1 when the store is empty. */
    long headPosition();
}
