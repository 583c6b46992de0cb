package org.fupin.ledger.command.config;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.caching.NoCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.RememberedAggregates;
import org.fupin.ledger.shared.EventMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.cache.CacheManager;
import javax.cache.Caching;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;

/** Axon wiring that holds in both modes (PostgreSQL event store or Axon Server). */
@Configuration
class AxonConfiguration {

    /**
     * Aggregates stay in memory between commands, up to {@code ledger.aggregate-cache.size} of them (least
     * recently used go first); the event store remains the truth, and an aggregate whose command fails is
     * dropped from the cache. A weak-reference cache lost nearly every aggregate at the next garbage
     * collection, so each command replayed its aggregate's whole stream.
     *
     * <p>Size 0 means no cache: each command loads its aggregate from the event store. That is what several
     * command sides on one PostgreSQL event store need ({@code ./ledger up} sets it when
     * {@code LEDGER_COMMAND_INSTANCES} is above 1): nothing routes an aggregate's commands to one instance
     * there, so a cached aggregate would miss what another instance appended and could refuse a command on
     * stale state. (A stale aggregate can never append: the store refuses its sequence number, 409.)
     */
    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return Caching.getCachingProvider(CaffeineCachingProvider.class.getName())
                .getCacheManager(URI.create("fupin-ledger-aggregates-" + UUID.randomUUID()),
                        AxonConfiguration.class.getClassLoader());
    }

    @Bean
    Cache ledgerAggregateCache(CacheManager aggregateCacheManager,
                               @Value("${ledger.aggregate-cache.size:20000}") long size) {
        if (size == 0) {
            return NoCache.INSTANCE;
        }
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(size));
        configuration.setStoreByValue(false);
        return new JCacheAdapter(aggregateCacheManager.createCache("aggregates", configuration));
    }

    /**
     * Villages and funds live for years and gather thousands of events. Every
     * {@code ledger.snapshots.threshold} events (default 500) an aggregate has handled since it was loaded,
     * Axon stores a snapshot (in {@code event_store.snapshot_event_entry}, written by
     * {@code JdbcEventStoreAutoConfiguration.snapshotSerializer()}), so loading it after a restart or a cache
     * eviction reads the snapshot and at most that many events instead of its whole stream. The snapshot is
     * taken after the command's transaction has committed, from the stored events, in its own transaction.
     * With Axon Server snapshots go through Axon's general serializer, which does not see the aggregates'
     * private fields, so there none are taken.
     */
    @Bean
    SnapshotTriggerDefinition longLivedAggregateSnapshots(Snapshotter snapshotter,
                                                          @Value("${ledger.snapshots.threshold:500}") int threshold,
                                                          @Value("${axon.axonserver.enabled:false}") boolean axonServer) {
        return axonServer ? NoSnapshotTriggerDefinition.INSTANCE
                : new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /** Which aggregates exist: asked of the event store until the answer is yes, then remembered. */
    @Bean
    AggregateDirectory aggregateDirectory(EventStore eventStore,
                                          @Value("${ledger.aggregate-cache.size:20000}") long size) {
        return new RememberedAggregates(
                aggregateId -> eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent(), size);
    }

    /** Copies the correlation id and who-did-it metadata from each command onto the events it causes. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(EventMetadata.ACTOR, EventMetadata.ROLE, EventMetadata.REQUEST_ID);
    }

    /**
     * A relay step that fails is never skipped: skipping would leave money decided by one aggregate but
     * never received by the other. A passing failure (the database down) is retried in place; any other is
     * parked as a dead letter (see {@code ledger.dead-letters} and {@link RelaySequencingPolicy}), so that one
     * undeliverable allocation stops only the allocations to its own village. ({@code IdempotencyKeys}, a
     * handler interceptor bean, is registered on the command bus by Axon's auto-configuration.)
     */
    @Bean
    ConfigurerModule relaysInReceiverOrder() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy("relays",
                configuration -> new RelaySequencingPolicy());
    }
}
