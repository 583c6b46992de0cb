package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every stored event in global order, read without upcasters from the {@link RawEventSource} of the mode the
 * app runs in: integrity is about the bytes as stored, and an upcaster deployed later must not change what
 * was sealed.
 */
@Component
class RawEventStream {

    private final RawEventSource source;
    private final Serializer serializer;

    RawEventStream(RawEventSource source, @Qualifier("eventSerializer") Serializer serializer) {
        this.source = source;
        this.serializer = serializer;
    }

    /** An event as stored, at its global position, with the token a reader continues from after it. */
    record StoredEvent(long position, TrackedEventMessage<?> message) {

        GapAwareTrackingToken token() {
            return (GapAwareTrackingToken) message.trackingToken();
        }
    }

    /** The events after global position {@code after} (-1 for all), in position order as they are read. */
    Stream<StoredEvent> after(long after) {
        return unseenBy(after < 0 ? null : GapAwareTrackingToken.newInstance(after, Collections.emptySet()));
    }

    /**
     * The events a reader at {@code token} has not seen (null: all of them): those in its gaps that have
     * committed since, then those after its index.
     */
    Stream<StoredEvent> unseenBy(GapAwareTrackingToken token) {
        GapAwareTrackingToken[] previous = {token};
        return source.unseenBy(token).map(message -> {
            GapAwareTrackingToken next = (GapAwareTrackingToken) message.trackingToken();
            long position = position(previous[0], next);
            previous[0] = next;
            return new StoredEvent(position, message);
        });
    }

    /**
     * The global position of the event that took a reader from {@code before} to {@code after}. A token's
     * own position is its index, which is not the event's when the event filled a gap (a late commit): that
     * event's position is the highest gap it closed (Axon may drop older gaps in the same step).
     */
    static long position(GapAwareTrackingToken before, GapAwareTrackingToken after) {
        if (before == null || after.getIndex() > before.getIndex()) {
            return after.getIndex();
        }
        SortedSet<Long> closed = new TreeSet<>(before.getGaps());
        closed.removeAll(after.getGaps());
        return closed.last();
    }

    /** The highest global position stored, -1 when the store is empty. */
    long headPosition() {
        return source.headPosition();
    }

    Serializer serializer() {
        return serializer;
    }
}
