package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.fupin.ledger.query.http.BadQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Proves that nothing stored was altered: recomputes the chain from the events as stored, read through
 * Axon, and compares it link by link with the sealed chain. The first event whose link differs is named.
 *
 * <p>An attacker with the database but without the key cannot re-seal an edit. Published heads pin the
 * chain further: a disclosure sheet prints the head at the end of its period, and passing it back as
 * {@code pin=position:hash} proves that nothing up to there has changed, whatever happened to the keys.
 */
@RestController
class IntegrityController {

    private static final int PAGE = 5000;

    private final JdbcClient jdbc;
    private final RawEventStream events;
    private final IntegritySealer sealer;

    IntegrityController(JdbcClient jdbc, RawEventStream events, IntegritySealer sealer) {
        this.jdbc = jdbc;
        this.events = events;
        this.sealer = sealer;
    }

    record Link(long ordinal, long position, String eventId, String hash) {
    }

    record BadEvent(long position, String eventId, String aggregateId, Long sequenceNumber, String problem) {
    }

    record Verification(boolean verified, long eventsChecked, Link head, BadEvent firstBadEvent, long unsealed) {
    }

    @GetMapping("/api/integrity")
    Verification verify(@RequestParam(required = false) List<String> pin) {
        Map<Long, String> pins = pins(pin);
        Link head = jdbc.sql("SELECT ordinal, position, event_id, hash FROM integrity_chain ORDER BY ordinal DESC LIMIT 1")
                .query(this::link).optional().orElse(null);
        long checked = 0;
        String hash = HashChain.GENESIS;
        Deque<Link> sealed = new ArrayDeque<>();
        long nextOrdinal = 1;
        try (Stream<? extends TrackedEventMessage<?>> stream = events.after(-1)) {
            Iterator<? extends TrackedEventMessage<?>> stored = stream.iterator();
            while (head != null && nextOrdinal <= head.ordinal()) {
                if (sealed.isEmpty()) {
                    sealed.addAll(page(nextOrdinal - 1));
                }
                Link expected = sealed.poll();
                nextOrdinal++;
                if (!stored.hasNext()) {
                    return failed(checked, head, expected, null, "sealed event is missing from the store");
                }
                TrackedEventMessage<?> event = stored.next();
                checked++;
                if (!event.getIdentifier().equals(expected.eventId())) {
                    return failed(checked, head, expected, null,
                            "sealed event is missing or moved; found " + event.getIdentifier() + " in its place");
                }
                hash = sealer.chain().next(hash, event);
                if (!hash.equals(expected.hash())) {
                    return failed(checked, head, expected, event, "stored event differs from what was sealed");
                }
                String pinned = pins.remove(expected.position());
                if (pinned != null && !pinned.equals(hash)) {
                    return failed(checked, head, expected, event, "chain differs from the published head " + pinned);
                }
            }
            long unsealed = 0;
            while (stored.hasNext()) {
                stored.next();
                unsealed++;
            }
            if (!pins.isEmpty()) {
                throw new BadQuery("no sealed event at position " + pins.keySet().iterator().next());
            }
            return new Verification(true, checked, head, null, unsealed);
        }
    }

    private Verification failed(long checked, Link head, Link expected, EventMessage<?> event, String problem) {
        return new Verification(false, checked, head, new BadEvent(expected.position(), expected.eventId(),
                event == null ? null : aggregateId(event), event == null ? null : sequenceNumber(event), problem), 0);
    }

    private List<Link> page(long afterOrdinal) {
        return jdbc.sql("SELECT ordinal, position, event_id, hash FROM integrity_chain WHERE ordinal > ? "
                        + "ORDER BY ordinal LIMIT " + PAGE)
                .param(afterOrdinal).query(this::link).list();
    }

    private Link link(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new Link(row.getLong("ordinal"), row.getLong("position"), row.getString("event_id"),
                row.getString("hash"));
    }

    private static Map<Long, String> pins(List<String> given) {
        Map<Long, String> pins = new HashMap<>();
        if (given == null) {
            return pins;
        }
        for (String pin : given) {
            if (!pin.matches("[0-9]{1,18}:[0-9a-f]{64}")) {
                throw new BadQuery("pin must be position:hash, like 1234:" + HashChain.GENESIS);
            }
            String[] parts = pin.split(":");
            pins.put(Long.parseLong(parts[0]), parts[1]);
        }
        return pins;
    }

    static String aggregateId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    static Long sequenceNumber(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }
}
