package org.fupin.ledger.query.integrity;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The stored events not yet in the chain: how many, and how long the oldest has waited. Normally none for
 * more than a second; an old one means the sealer stopped or cannot keep up. Counted exactly up to
 * {@value #COUNTED}; beyond that, estimated from the store's head. Published as the gauges
 * {@code ledger_integrity_unsealed_events} and {@code ledger_integrity_unsealed_oldest_age_seconds}, as of
 * the last time this instance measured (every second, after each sealing round).
 */
@Component
class SealingBacklog {

    private static final int COUNTED = 5000;

    /**
     * @param oldest the timestamp of the oldest unsealed event; null when there is none
     */
    record Backlog(long unsealed, Instant oldest) {

        static final Backlog NONE = new Backlog(0, null);

        Double oldestAgeSeconds(Clock clock) {
            return oldest == null ? null
                    : Math.max(0, Duration.between(oldest, clock.instant()).toMillis()) / 1000.0;
        }
    }

    private final RawEventStream events;
    private final SealerPosition sealer;
    private final Clock clock;
    private final AtomicReference<Backlog> last = new AtomicReference<>(Backlog.NONE);

    SealingBacklog(RawEventStream events, SealerPosition sealer, Clock clock, MeterRegistry meters) {
        this.events = events;
        this.sealer = sealer;
        this.clock = clock;
        Gauge.builder("ledger.integrity.unsealed", last, backlog -> backlog.get().unsealed())
                .baseUnit("events").description("Stored events not yet sealed into the hash chain")
                .register(meters);
        Gauge.builder("ledger.integrity.unsealed.oldest.age", last, backlog -> {
                    Double age = backlog.get().oldestAgeSeconds(clock);
                    return age == null ? 0 : age;
                })
                .baseUnit("seconds").description("How long the oldest unsealed event has been stored")
                .register(meters);
    }

    /** Measures now, from the sealer's position as stored, and updates the gauges. */
    Backlog measure() {
        GapAwareTrackingToken token = sealer.token();
        long unsealed = 0;
        Instant oldest = null;
        try (Stream<RawEventStream.StoredEvent> stream = events.unseenBy(token)) {
            Iterator<RawEventStream.StoredEvent> unseen = stream.iterator();
            while (unsealed < COUNTED && unseen.hasNext()) {
                Instant stored = unseen.next().message().getTimestamp();
                oldest = oldest == null || stored.isBefore(oldest) ? stored : oldest;
                unsealed++;
            }
        }
        if (unsealed == COUNTED) {
            unsealed = Math.max(unsealed, events.headPosition() - (token == null ? 0 : token.getIndex()));
        }
        Backlog backlog = new Backlog(unsealed, oldest);
        last.set(backlog);
        return backlog;
    }
}
