package org.fupin.ledger.query.integrity;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Axon Server read through the connector's own event store ({@link AxonServerEventStore}, built with no
 * upcasters), so the chain sees each event's payload bytes, type and revision as Axon Server stores them.
 * Axon Server assigns a global position when it commits an event, so there are no gaps and no late commits;
 * each event's {@link GlobalSequenceTrackingToken} becomes a gap-aware token without gaps.
 *
 * <p>Axon Server keeps metadata as typed values, not as one serialized blob: the chain's metadata bytes are
 * the connector's metadata serialized again with the event serializer, so they are stable but are not bytes
 * Axon Server stores.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class AxonServerRawEvents implements RawEventSource {

    /** How long to wait for the next event of a range known to exist before giving up on this round. */
    private static final int WAIT_SECONDS = 5;

    private final AxonServerEventStore store;

    AxonServerRawEvents(AxonServerConfiguration configuration, AxonServerConnectionManager connections,
                        @Qualifier("eventSerializer") Serializer eventSerializer, Serializer snapshotSerializer) {
        this.store = AxonServerEventStore.builder()
                .configuration(configuration)
                .platformConnectionManager(connections)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(NoOpEventUpcaster.INSTANCE)
                .snapshotFilter(SnapshotFilter.allowAll())
                .build();
    }

    /** Reads up to the head as it is now: Axon Server's stream never ends by itself. */
    @Override
    public Stream<? extends TrackedEventMessage<?>> unseenBy(GapAwareTrackingToken token) {
        long head = headPosition();
        long from = token == null ? -1 : token.getIndex();
        if (head <= from) {
            return Stream.empty();
        }
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream =
                     store.openStream(token == null ? null : new GlobalSequenceTrackingToken(from))) {
            long reached = from;
            while (reached < head && stream.hasNextAvailable(WAIT_SECONDS, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                reached = event.trackingToken().position().orElseThrow();
                events.add(event.withTrackingToken(GapAwareTrackingToken.newInstance(reached, Collections.emptySet())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return events.stream();
    }

    @Override
    public long headPosition() {
        TrackingToken head = store.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
