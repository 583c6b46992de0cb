package org.fupin.ledger.query.integrity;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.NoOpEventUpcaster;
import org.fupin.ledger.eventstore.JdbcEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.stream.Stream;

/**
 * Every stored event in global order, read through Axon's storage engine but without upcasters: integrity
 * is about the bytes as stored, and an upcaster deployed later must not change what was sealed.
 */
@Component
class RawEventStream {

    private final JdbcEventStorageEngine engine;
    private final Serializer serializer;

    RawEventStream(@Qualifier("eventSerializer") Serializer serializer, Serializer snapshotSerializer,
                   ConnectionProvider connectionProvider, TransactionManager transactionManager,
                   PersistenceExceptionResolver persistenceExceptionResolver) {
        this.serializer = serializer;
        this.engine = JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(NoOpEventUpcaster.INSTANCE)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(JdbcEventStoreAutoConfiguration.EVENT_SCHEMA)
                .build();
    }

    /** The events after global position {@code after} (-1 for all), oldest first. */
    Stream<? extends TrackedEventMessage<?>> after(long after) {
        return engine.readEvents(after < 0 ? null : GapAwareTrackingToken.newInstance(after, Collections.emptySet()),
                false);
    }

    Serializer serializer() {
        return serializer;
    }

    static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }
}
