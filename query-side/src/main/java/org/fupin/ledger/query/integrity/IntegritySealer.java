package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extends the hash chain over newly stored events, every second. Only events older than a few seconds are
 * sealed, so that a command still committing with a lower global index is never skipped. One instance
 * seals at a time (a PostgreSQL advisory lock), whichever query-side instance it is.
 */
@Component
class IntegritySealer {

    private static final Duration SETTLE = Duration.ofSeconds(5);
    private static final int BATCH = 5000;
    private static final long LOCK = 0x46555049L;

    private final JdbcClient jdbc;
    private final RawEventStream events;
    private final HashChain chain;
    private final Clock clock;

    IntegritySealer(JdbcClient jdbc, RawEventStream events, @Value("${ledger.integrity.key}") String key, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.chain = new HashChain(key.getBytes(StandardCharsets.UTF_8), events.serializer());
        this.clock = clock;
    }

    HashChain chain() {
        return chain;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    @Transactional
    public void seal() {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
            return;
        }
        List<Object[]> last = jdbc.sql("SELECT ordinal, position, hash FROM integrity_chain ORDER BY ordinal DESC LIMIT 1")
                .query((row, n) -> new Object[]{row.getLong(1), row.getLong(2), row.getString(3)}).list();
        long ordinal = last.isEmpty() ? 0 : (long) last.get(0)[0];
        long position = last.isEmpty() ? -1 : (long) last.get(0)[1];
        String hash = last.isEmpty() ? HashChain.GENESIS : (String) last.get(0)[2];
        Instant settled = clock.instant().minus(SETTLE);
        try (Stream<? extends TrackedEventMessage<?>> stream = events.after(position)) {
            Iterator<? extends TrackedEventMessage<?>> next = stream.iterator();
            for (int sealed = 0; sealed < BATCH && next.hasNext(); sealed++) {
                TrackedEventMessage<?> event = next.next();
                if (!event.getTimestamp().isBefore(settled)) {
                    return;
                }
                hash = chain.next(hash, event);
                ordinal++;
                jdbc.sql("""
                                INSERT INTO integrity_chain (ordinal, position, event_id, aggregate_id, sequence_number,
                                                             event_time, hash)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(ordinal, RawEventStream.position(event), event.getIdentifier(),
                                IntegrityController.aggregateId(event), IntegrityController.sequenceNumber(event),
                                Timestamp.from(event.getTimestamp()), hash)
                        .update();
            }
        }
    }
}
