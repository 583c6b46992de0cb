package org.fupin.ledger.command.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.shared.EventMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon wiring that holds in both modes (PostgreSQL event store or Axon Server). */
@Configuration
class AxonConfiguration {

    /** Aggregates stay in memory between commands; the event store remains the truth. */
    @Bean
    Cache ledgerAggregateCache() {
        return new WeakReferenceCache();
    }

    @Bean
    AggregateDirectory aggregateDirectory(EventStore eventStore) {
        return aggregateId -> eventStore.lastSequenceNumberFor(aggregateId.toString()).isPresent();
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
     * A relay step that fails is retried rather than skipped: skipping would leave money decided by one
     * aggregate but never received by the other. ({@code IdempotencyKeys}, a handler interceptor bean, is
     * registered on the command bus by Axon's auto-configuration.)
     */
    @Bean
    ConfigurerModule relaysRetryFailures() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler("relays",
                configuration -> PropagatingErrorHandler.instance());
    }
}
