package org.fupin.ledger.eventstore.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dead letters of this app's processors, as administrators see and handle them: listed, retried (the
 * sequence's letters are handled now, oldest first, and stay parked if they fail again) or evicted (dropped
 * for good, which the log records).
 */
public final class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final List<String> processingGroups;

    DeadLetters(EventProcessingConfiguration processing, List<String> processingGroups) {
        this.processing = processing;
        this.processingGroups = List.copyOf(processingGroups);
    }

    /** One parked event. {@code position} is its global index in the event store, when known. */
    public record Letter(String processor, String sequence, long index, String eventId, String eventType,
                         String aggregateId, Long aggregateSequence, Long position, Instant eventTimestamp,
                         String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                         int attempts, Map<String, Object> diagnostics) {
    }

    /** @param outcome DELIVERED when the sequence is empty afterwards, STILL_FAILING otherwise */
    public record Retry(String processor, String sequence, String outcome, long delivered, long stillParked,
                        String causeType, String causeMessage) {
    }

    public record Eviction(String processor, String sequence, String outcome, List<String> evictedEventIds) {
    }

    public List<String> processingGroups() {
        return processingGroups;
    }

    /** How many letters wait in each processor's queue. */
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        processingGroups.forEach(group -> waiting.put(group, waiting(group)));
        return waiting;
    }

    public long waiting(String group) {
        return queue(group).size();
    }

    public List<Letter> list() {
        List<Letter> letters = new ArrayList<>();
        for (String group : processingGroups) {
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue(group).deadLetters()) {
                sequence.forEach(letter -> letters.add(describe(group, letter)));
            }
        }
        return letters;
    }

    /** @return empty when the processor is unknown or has no letters in {@code sequence} */
    public Optional<Retry> retry(String group, String sequence) {
        if (!has(group, sequence)) {
            return Optional.empty();
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        long before = queue.sequenceSize(sequence);
        processor(group).process(first -> sequence.equals(sequenceOf(first)));
        long after = queue.sequenceSize(sequence);
        Optional<Letter> head = after == 0 ? Optional.empty() : letters(group, sequence).stream().findFirst();
        Retry retry = new Retry(group, sequence, after == 0 ? "DELIVERED" : "STILL_FAILING", before - after, after,
                head.map(Letter::causeType).orElse(null), head.map(Letter::causeMessage).orElse(null));
        log.info("Retry of dead letters of {} in sequence {}: {}", group, sequence, retry);
        return Optional.of(retry);
    }

    /** @return empty when the processor is unknown or has no letters in {@code sequence} */
    public Optional<Eviction> evict(String group, String sequence) {
        if (!has(group, sequence)) {
            return Optional.empty();
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<String> evicted = new ArrayList<>();
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(sequence)) {
            queue.evict(letter);
            evicted.add(letter.message().getIdentifier());
            log.warn("EVICTED dead letter of {} in sequence {}: event {} ({}), which its handlers will never see; "
                            + "it failed with {}", group, sequence, letter.message().getIdentifier(),
                    letter.message().getPayloadType().getName(),
                    letter.cause().map(cause -> cause.type() + ": " + cause.message()).orElse("no cause"));
        }
        return Optional.of(new Eviction(group, sequence, "EVICTED", evicted));
    }

    public boolean knows(String group) {
        return processingGroups.contains(group);
    }

    private boolean has(String group, String sequence) {
        return knows(group) && queue(group).contains(sequence);
    }

    private List<Letter> letters(String group, String sequence) {
        List<Letter> letters = new ArrayList<>();
        queue(group).deadLetterSequence(sequence).forEach(letter -> letters.add(describe(group, letter)));
        return letters;
    }

    private static Letter describe(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = null;
        Long aggregateSequence = null;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateSequence = domain.getSequenceNumber();
        }
        Long position = null;
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            position = tracked.trackingToken().position().stream().boxed().findFirst().orElse(null);
        }
        return new Letter(group, sequenceOf(letter),
                letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIndex() : -1,
                event.getIdentifier(), event.getPayloadType().getName(), aggregateId, aggregateSequence, position,
                event.getTimestamp(), letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                ParkingPolicy.attempts(letter), new LinkedHashMap<>(letter.diagnostics()));
    }

    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getSequenceIdentifier() : null;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        return processing.deadLetterQueue(group)
                .orElseThrow(() -> new IllegalStateException("No dead-letter queue for " + group));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String group) {
        return processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> new IllegalStateException("No dead-letter processor for " + group));
    }
}
