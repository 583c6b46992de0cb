package org.fupin.ledger.eventstore.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fupin.ledger.eventstore.JdbcEventStoreAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

/**
 * Gives each processing group named in {@code ledger.dead-letters.processing-groups} Axon's sequenced
 * dead-letter queue, in the PostgreSQL table {@code ledger.dead-letters.table} (created by the app's Flyway
 * migrations), with the {@link ParkingPolicy}; and the admin endpoints, health indicator and gauge on it.
 *
 * <p>Axon 4.13's JDBC auto-configuration does not activate on Spring Boot 4, so the queue is registered
 * here. It uses the app's DataSource and Spring transactions directly, not the event store's beans, because
 * dead letters live in PostgreSQL with Axon Server too. Event payloads are written with the event
 * serializer (Jackson 3), tracking tokens and diagnostics with the token serializer, which reads back the
 * replay tokens a rebuild produces.
 *
 * <p>A reset (a projection rebuild) clears the group's dead letters: the replay meets every event again, in
 * order, and parks again whatever still fails. Kept, the old letters would have every replayed event of their
 * sequence queued behind them, the parked one a second time.
 */
@AutoConfiguration
@ConditionalOnProperty("ledger.dead-letters.table")
@Import(DeadLetterController.class)
public class DeadLetterAutoConfiguration {

    /** Letters wait: the app works, but some events have not had their effect. Answers HTTP 200. */
    public static final Status DEGRADED = new Status("DEGRADED", "dead letters wait; see /api/admin/dead-letters");

    @Bean
    ConfigurerModule deadLetterQueues(DataSource dataSource, PlatformTransactionManager transactions,
                                      @Value("${ledger.dead-letters.table}") String table,
                                      @Value("${ledger.dead-letters.processing-groups}") List<String> groups) {
        TransactionManager transactionManager = new SpringTransactionManager(transactions);
        DeadLetterSchema schema = DeadLetterSchema.builder().deadLetterTable(table).build();
        return configurer -> groups.forEach(group -> {
            HandlingSavepoints savepoints = new HandlingSavepoints(dataSource);
            configurer.eventProcessing()
                    .registerDeadLetterQueue(group, configuration -> JdbcSequencedDeadLetterQueue.builder()
                            .processingGroup(group)
                            .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                                    new SpringDataSourceConnectionProvider(dataSource)))
                            .transactionManager(transactionManager)
                            .schema(schema)
                            .eventSerializer(configuration.eventSerializer())
                            .genericSerializer(JdbcEventStoreAutoConfiguration.tokenSerializer())
                            .build())
                    .registerDeadLetterPolicy(group, configuration -> new ParkingPolicy(group, savepoints))
                    .registerHandlerInterceptor(group, configuration -> savepoints)
                    .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                            (configuration, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true));
        });
    }

    @Bean
    DeadLetters deadLetters(EventProcessingConfiguration processing,
                            @Value("${ledger.dead-letters.processing-groups}") List<String> groups) {
        return new DeadLetters(processing, groups);
    }

    /**
     * Not UP while letters wait, but {@link #DEGRADED}, which each app orders between OUT_OF_SERVICE and UP
     * and maps to HTTP 200: the liveness and readiness probes (which do not include this indicator) stay
     * UP, and nothing restarts an app or takes it out of service for a parked event.
     */
    @Bean
    HealthIndicator deadLettersHealthIndicator(DeadLetters deadLetters) {
        return () -> {
            Map<String, Long> waiting = deadLetters.waiting();
            boolean any = waiting.values().stream().anyMatch(count -> count > 0);
            return Health.status(any ? DEGRADED : Status.UP).withDetails(waiting).build();
        };
    }

    /** {@code ledger.dead_letters{processor=...}}: letters waiting in each processor's queue. */
    @Bean
    MeterBinder deadLetterGauges(DeadLetters deadLetters) {
        return registry -> deadLetters.processingGroups().forEach(group ->
                Gauge.builder("ledger.dead_letters", deadLetters, letters -> waiting(letters, group))
                        .tag("processor", group)
                        .description("Dead letters waiting: parked events and the events queued behind them")
                        .register(registry));
    }

    private static double waiting(DeadLetters deadLetters, String group) {
        try {
            return deadLetters.waiting(group);
        } catch (RuntimeException databaseUnavailable) {
            return Double.NaN;
        }
    }
}
