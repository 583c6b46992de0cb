package org.fupin.ledger.query.integrity;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.fupin.ledger.eventstore.JdbcEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every stored event in global order, read through Axon's storage engine but without upcasters: integrity
 * is about the bytes as stored, and an upcaster deployed later must not change what was sealed.
 *
 * <p>The engine keeps a gap (a position allocated to a transaction not yet committed) open for the
 * late-commit window ({@code ledger.integrity.late-commit-window}, 10 minutes by default, where Axon's
 * processors wait 60 s): the chain seals an event that commits that late instead of skipping it.
 */
@Component
class RawEventStream {

    private final JdbcEventStorageEngine engine;
    private final Serializer serializer;

    RawEventStream(@Qualifier("eventSerializer") Serializer serializer, Serializer snapshotSerializer,
                   ConnectionProvider connectionProvider, TransactionManager transactionManager,
                   PersistenceExceptionResolver persistenceExceptionResolver,
                   @Value("${ledger.integrity.late-commit-window:PT10M}") Duration lateCommitWindow,
                   @Value("${ledger.event-store.batch-size:1000}") int batchSize) {
        this.serializer = serializer;
        this.engine = JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(NoOpEventUpcaster.INSTANCE)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(JdbcEventStoreAutoConfiguration.EVENT_SCHEMA)
                .gapTimeout((int) lateCommitWindow.toMillis())
                .batchSize(batchSize)
                .build();
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
        return engine.readEvents(token, false).map(message -> {
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
        TrackingToken head = engine.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    Serializer serializer() {
        return serializer;
    }
}
