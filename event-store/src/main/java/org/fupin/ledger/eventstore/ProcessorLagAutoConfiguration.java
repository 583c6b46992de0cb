package org.fupin.ledger.eventstore;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ledger.processor.lag{processor, segment}} (Prometheus: {@code ledger_processor_lag_events}): how
 * many events the store holds beyond the position of each segment this instance has claimed, for every
 * streaming processor (the relays, the projections). Several instances share a processor's segments, so
 * each reports the segments it holds; a segment it released reads NaN. Segments are looked for every
 * five seconds, as instances claim and release them.
 */
@AutoConfiguration
public class ProcessorLagAutoConfiguration {

    @Bean(destroyMethod = "close")
    ProcessorLag processorLag(Configuration axon, EventStore eventStore) {
        return new ProcessorLag(axon, eventStore);
    }

    static final class ProcessorLag implements MeterBinder, AutoCloseable {

        private final Configuration axon;
        private final EventStore eventStore;
        private final ScheduledExecutorService lookout = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "processor-lag");
            thread.setDaemon(true);
            return thread;
        });

        ProcessorLag(Configuration axon, EventStore eventStore) {
            this.axon = axon;
            this.eventStore = eventStore;
        }

        @Override
        public void bindTo(MeterRegistry registry) {
            lookout.scheduleWithFixedDelay(() -> registerClaimedSegments(registry), 0, 5, TimeUnit.SECONDS);
        }

        private void registerClaimedSegments(MeterRegistry registry) {
            try {
                axon.eventProcessingConfiguration().eventProcessors().forEach((name, processor) -> {
                    if (processor instanceof StreamingEventProcessor streaming) {
                        streaming.processingStatus().keySet().forEach(segment ->
                                Gauge.builder("ledger.processor.lag", () -> lag(streaming, segment))
                                        .tag("processor", name).tag("segment", String.valueOf(segment))
                                        .baseUnit("events")
                                        .description("Events stored beyond a processor segment's position")
                                        .strongReference(true)
                                        .register(registry));
                    }
                });
            } catch (RuntimeException notReady) {
                // Axon not configured yet, or shutting down: look again next time
            }
        }

        private double lag(StreamingEventProcessor processor, int segment) {
            EventTrackerStatus status = processor.processingStatus().get(segment);
            if (status == null) {
                return Double.NaN;
            }
            try {
                TrackingToken head = eventStore.createHeadToken();
                OptionalLong headPosition = head == null ? OptionalLong.empty() : head.position();
                OptionalLong position = status.getCurrentPosition();
                if (headPosition.isEmpty()) {
                    return 0;
                }
                return Math.max(0, headPosition.getAsLong() - position.orElse(-1));
            } catch (RuntimeException storeUnavailable) {
                return Double.NaN;
            }
        }

        @Override
        public void close() {
            lookout.shutdownNow();
        }
    }
}
