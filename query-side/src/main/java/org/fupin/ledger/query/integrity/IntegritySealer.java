package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.fupin.ledger.query.integrity.RawEventStream.StoredEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Extends the hash chain over newly stored events, every second, in the order they become visible. The
 * sealer follows the store with its own gap-aware token ({@link SealerPosition}), as Axon's processors do:
 * a transaction that commits late, with a lower global position than events already sealed, is appended to
 * the chain when it commits, never skipped. So the chain is ordered by seal ordinal, and each link names the
 * position of the event it seals. One instance seals at a time (a PostgreSQL advisory lock), whichever
 * query-side instance it is.
 */
@Component
class IntegritySealer {

    private static final int BATCH = 5000;
    private static final long LOCK = 0x46555049L;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final RawEventStream events;
    private final SealerPosition position;
    private final SealingBacklog backlog;
    private final HashChain chain;
    private final TransactionTemplate transaction;

    IntegritySealer(JdbcClient jdbc, JdbcTemplate batches, RawEventStream events, SealerPosition position, SealingBacklog backlog,
                    @Value("${ledger.integrity.key}") String key, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.events = events;
        this.position = position;
        this.backlog = backlog;
        this.chain = new HashChain(key.getBytes(StandardCharsets.UTF_8), events.serializer());
        this.transaction = new TransactionTemplate(transactions);
    }

    HashChain chain() {
        return chain;
    }

    /**
     * Seals what has become visible, a batch per transaction, until a batch comes back short, then measures
     * what is left for the gauges. Draining rather than one batch a second keeps the sealer ahead of the
     * projections during a catch-up or a rebuild.
     */
    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    public void seal() {
        Integer sealed;
        do {
            sealed = transaction.execute(status -> sealBatch());
        } while (sealed != null && sealed == BATCH);
        backlog.measure();
    }

    /** Seals up to a batch, its links written with one JDBC batch; answers how many it sealed. */
    private int sealBatch() {
        if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
            return 0;
        }
        List<Object[]> last = jdbc.sql("SELECT ordinal, hash FROM integrity_chain ORDER BY ordinal DESC LIMIT 1")
                .query((row, n) -> new Object[]{row.getLong(1), row.getString(2)}).list();
        long ordinal = last.isEmpty() ? 0 : (long) last.get(0)[0];
        String hash = last.isEmpty() ? HashChain.GENESIS : (String) last.get(0)[1];
        GapAwareTrackingToken token = position.token();
        GapAwareTrackingToken reached = token;
        List<Object[]> links = new ArrayList<>();
        try (Stream<StoredEvent> stream = events.unseenBy(token)) {
            Iterator<StoredEvent> next = stream.iterator();
            while (links.size() < BATCH && next.hasNext()) {
                StoredEvent stored = next.next();
                TrackedEventMessage<?> event = stored.message();
                hash = chain.next(hash, event);
                ordinal++;
                links.add(new Object[]{ordinal, stored.position(), event.getIdentifier(),
                        ChainWalk.aggregateId(event), ChainWalk.sequenceNumber(event),
                        Timestamp.from(event.getTimestamp()), hash});
                reached = stored.token();
            }
        }
        if (!links.isEmpty()) {
            batches.batchUpdate("""
                    INSERT INTO integrity_chain (ordinal, position, event_id, aggregate_id, sequence_number,
                                                 event_time, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", links);
        }
        if (reached != null && reached != token) {
            position.save(reached);
        }
        return links.size();
    }
}
