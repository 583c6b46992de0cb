package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.fupin.ledger.query.integrity.RawEventStream.StoredEvent;
import org.fupin.ledger.query.integrity.SealedLinks.Sealed;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Checks the chain against the store over every position after a starting one: the stored events (read
 * through Axon, in position order) and the links (in position order) are walked side by side.
 * <ul>
 *     <li>a link whose position holds its event: the event, as stored now, must hash with the link before
 *     it (by ordinal) to the link's hash; this catches an altered byte, and a link removed from the chain;
 *     <li>a link whose position is empty, or holds another event: an event removed or moved;
 *     <li>a stored event without a link: the sealer must still be to come to its position (after its
 *     index, or a gap it waits on for a late commit); otherwise it was put into the store behind the
 *     sealer's back.
 * </ul>
 * Each link is checked on its own against the stored hash before it, so links can be checked in position
 * order although the chain runs in seal order; together they check the whole chain. The sealer's token
 * is read when the walk begins: callers read the chain's head before, so every link up to that head is
 * checked, and links sealed later are left to the next verification.
 */
@Component
class ChainWalk {

    /** Told the position reached every {@value #REPORT_EVERY} events, for progress reports. */
    interface Progress {
        Progress NONE = (position, checked) -> {
        };

        void reached(long position, long checked);
    }

    static final int REPORT_EVERY = 1000;

    /** What a walk found: events checked, the last position looked at, and the first problem (or null). */
    record Outcome(long checked, Long lastPosition, BadEvent bad) {
    }

    record BadEvent(long position, String eventId, String aggregateId, Long sequenceNumber, String problem) {
    }

    private final RawEventStream events;
    private final SealedLinks links;
    private final SealerPosition sealer;
    private final IntegritySealer sealing;

    ChainWalk(RawEventStream events, SealedLinks links, SealerPosition sealer, IntegritySealer sealing) {
        this.events = events;
        this.links = links;
        this.sealer = sealer;
        this.sealing = sealing;
    }

    /**
     * Walks every position after {@code after} (-1: from the start). {@code pins} (position to hash) are
     * checked on the way and removed as they are met.
     */
    Outcome walk(long after, Map<Long, String> pins, Progress progress) {
        GapAwareTrackingToken sealerToken = sealer.token();
        SealedLinks.Cursor cursor = links.byPositionAfter(after);
        long checked = 0;
        Long last = null;
        try (Stream<StoredEvent> stream = events.after(after)) {
            Iterator<StoredEvent> stored = stream.iterator();
            StoredEvent event = next(stored);
            Sealed link = nextLink(cursor, sealerToken);
            while (link != null || event != null && !SealerPosition.beyond(sealerToken, event.position())) {
                if (link == null || event != null && event.position() < link.link().position()) {
                    last = event.position();
                    if (!SealerPosition.stillToSeal(sealerToken, last)) {
                        return new Outcome(checked, last, bad(last, event.message().getIdentifier(), event.message(),
                                "stored event was never sealed: it was put into the store behind the sealer"));
                    }
                    event = next(stored);
                    continue;
                }
                last = link.link().position();
                String problem = problem(link, event, pins);
                if (problem != null) {
                    boolean sameEvent = event != null && event.message().getIdentifier().equals(link.link().eventId());
                    return new Outcome(checked, last,
                            bad(last, link.link().eventId(), sameEvent ? event.message() : null, problem));
                }
                checked++;
                if (checked % REPORT_EVERY == 0) {
                    progress.reached(last, checked);
                }
                event = next(stored);
                link = nextLink(cursor, sealerToken);
            }
        }
        progress.reached(last == null ? after : last, checked);
        return new Outcome(checked, last, null);
    }

    /** What is wrong with {@code link}, given the event stored at or after its position; null if nothing. */
    private String problem(Sealed link, StoredEvent stored, Map<Long, String> pins) {
        if (stored == null || stored.position() > link.link().position()) {
            return "sealed event is missing from the store";
        }
        TrackedEventMessage<?> event = stored.message();
        if (!event.getIdentifier().equals(link.link().eventId())) {
            return "sealed event is missing or moved; found " + event.getIdentifier() + " in its place";
        }
        if (link.previousHash() == null) {
            return "the link before this one (ordinal " + (link.link().ordinal() - 1) + ") is missing from the chain";
        }
        if (!sealing.chain().next(link.previousHash(), event).equals(link.link().hash())) {
            return "stored event differs from what was sealed";
        }
        String pinned = pins.remove(link.link().position());
        if (pinned != null && !pinned.equals(link.link().hash())) {
            return "chain differs from the published head " + pinned;
        }
        return null;
    }

    private static BadEvent bad(long position, String eventId, EventMessage<?> event, String problem) {
        return new BadEvent(position, eventId, event == null ? null : aggregateId(event),
                event == null ? null : sequenceNumber(event), problem);
    }

    /**
     * The next link the walk checks. Links sealed after it began are left to the next verification: the
     * walk may already have passed their position (a late commit).
     */
    private static Sealed nextLink(SealedLinks.Cursor cursor, GapAwareTrackingToken sealerToken) {
        Sealed link = cursor.next();
        while (link != null && SealerPosition.stillToSeal(sealerToken, link.link().position())) {
            link = cursor.next();
        }
        return link;
    }

    private static StoredEvent next(Iterator<StoredEvent> stored) {
        return stored.hasNext() ? stored.next() : null;
    }

    static String aggregateId(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }

    static Long sequenceNumber(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : null;
    }
}
