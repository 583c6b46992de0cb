package org.fupin.ledger.query;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.VillageId;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Stores events as the command side would (each in its aggregate's stream, numbered in order), and waits
 * until the projections have caught up with them.
 */
@Component
public class StoredEvents {

    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime());

    private final EventStore eventStore;
    private final EventProcessingConfiguration processing;

    StoredEvents(EventStore eventStore, EventProcessingConfiguration processing) {
        this.eventStore = eventStore;
        this.processing = processing;
    }

    /** An id no other test uses, e.g. {@code V-1732473600123}. */
    public static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet();
    }

    public StoredEvents fund(FundId fund, Object... payloads) {
        return append(fund.toString(), payloads);
    }

    public StoredEvents village(VillageId village, Object... payloads) {
        return append(village.toString(), payloads);
    }

    /** Events of the command side's one {@code PeriodCalendar}, whose stream is {@code "ledger"}. */
    public StoredEvents periodCalendar(Object... payloads) {
        return append("PeriodCalendar", "ledger", payloads);
    }

    private StoredEvents append(String aggregateId, Object... payloads) {
        return append(aggregateId.substring(0, aggregateId.indexOf(':')), aggregateId, payloads);
    }

    private StoredEvents append(String type, String aggregateId, Object... payloads) {
        long next = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
        for (Object payload : payloads) {
            eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, next++, payload));
        }
        return this;
    }

    /** Waits until every streaming processor has handled every stored event. */
    public void awaitProjections() throws InterruptedException {
        long head = eventStore.createHeadToken().position().orElse(-1);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!caughtUp(head)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("projections did not reach position " + head + " within 30 s");
            }
            Thread.sleep(20);
        }
    }

    private boolean caughtUp(long head) {
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> !processor.processingStatus().isEmpty() && processor.processingStatus()
                        .values().stream().allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= head));
    }
}
