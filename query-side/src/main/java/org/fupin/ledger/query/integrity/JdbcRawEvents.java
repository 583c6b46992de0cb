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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.stream.Stream;

/**
 * The PostgreSQL event store read through Axon's JDBC engine with no upcasters. The engine keeps a gap (a
 * position allocated to a transaction not yet committed) open for the late-commit window
 * ({@code ledger.integrity.late-commit-window}, 10 minutes by default, where Axon's processors wait 60 s):
 * the chain seals an event that commits that late instead of skipping it.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
class JdbcRawEvents implements RawEventSource {

    private final JdbcEventStorageEngine engine;

    JdbcRawEvents(@Qualifier("eventSerializer") Serializer serializer, Serializer snapshotSerializer,
                  ConnectionProvider connectionProvider, TransactionManager transactionManager,
                  PersistenceExceptionResolver persistenceExceptionResolver,
                  @Value("${ledger.integrity.late-commit-window:PT10M}") Duration lateCommitWindow,
                  @Value("${ledger.event-store.batch-size:1000}") int batchSize) {
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

    @Override
    public Stream<? extends TrackedEventMessage<?>> unseenBy(GapAwareTrackingToken token) {
        return engine.readEvents(token, false);
    }

    @Override
    public long headPosition() {
        TrackingToken head = engine.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
