package org.fupin.ledger.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.AutoConfiguration;

/**
 * The event store on PostgreSQL through Axon's JDBC engine (BIGSERIAL global index, bytea payloads).
 *
 * <p>On Spring Boot 4 Axon 4.13's JDBC auto-configuration does not activate, so the storage engine and the
 * event store are declared here, on the transaction manager and connection provider of
 * {@link LedgerDatabaseAutoConfiguration}. They step aside when {@code axon.axonserver.enabled=true}: Axon
 * Server then stores the events, and the tokens stay in PostgreSQL.
 */
@AutoConfiguration(after = LedgerDatabaseAutoConfiguration.class,
        beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class JdbcEventStoreAutoConfiguration {

    /** The tables both sides read; the command side alone writes them. */
    public static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("event_store.domain_event_entry")
            .snapshotTable("event_store.snapshot_event_entry")
            .build();

    /**
     * {@code ledger.event-store.batch-size} (default 1000; Axon's is 100) events are fetched per query when a
     * processor streams the store: a rebuild or a catch-up of a million events then makes a thousand round
     * trips instead of ten thousand.
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Value("${ledger.event-store.batch-size:1000}") int batchSize,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          org.axonframework.config.Configuration configuration) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer())
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EVENT_SCHEMA)
                .batchSize(batchSize)
                .build();
    }

    /**
     * Streaming processors (the relays here, the projections on the query side) learn of events another
     * process stored by polling the table; {@code ledger.event-store.fetch-delay-ms} (default 100, Axon's
     * is 1000) is the pause between polls that found nothing, and so bounds how late they see a new event.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                  org.axonframework.config.Configuration configuration,
                                  @Value("${ledger.event-store.fetch-delay-ms:100}") long fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .fetchDelay(fetchDelay)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .build();
    }

    /**
     * Tokens are written with their own serializer: after a reset a token is a {@code ReplayToken} holding
     * other tokens polymorphically, which Jackson 3's default type validator refuses to read back. Only
     * Axon's own token types are allowed. Dead letters store their event's token with it too.
     */
    public static Serializer tokenSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(
                        BasicPolymorphicTypeValidator.builder().allowIfSubType("org.axonframework.").build()))
                .build();
    }

    /**
     * Snapshots are aggregates written whole: their state is in private fields with no getters, so this
     * serializer reads and writes fields (any visibility, final ones too) and never getters or setters. A
     * field that a later version no longer has is ignored; a snapshot that cannot be read at all makes Axon
     * source the aggregate from its events instead.
     */
    public static Serializer snapshotSerializer() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper
                        .changeDefaultVisibility(visibility -> visibility
                                .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                                .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                                .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE)
                                .withSetterVisibility(JsonAutoDetect.Visibility.NONE)
                                .withCreatorVisibility(JsonAutoDetect.Visibility.ANY))
                        .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }
}
