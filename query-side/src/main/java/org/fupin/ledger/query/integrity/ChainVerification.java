package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.integrity.ChainWalk.BadEvent;
import org.fupin.ledger.query.integrity.ChainWalk.Outcome;
import org.fupin.ledger.query.integrity.SealedLinks.Link;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies the chain incrementally, from the last link found sound, or fully, from the first link.
 *
 * <p>Incremental: the link remembered as verified must still be stored as it was (a chain cut short or
 * re-sealed there is caught), then every position from the lowest one sealed since is walked. Positions
 * before that were verified earlier; a change to them is found by a full verification only.
 *
 * <p>Full: every position from the start. With pins, a verification is always full: a pin proves that
 * nothing up to it changed even if the key leaked, and only recomputing every link up to it shows that.
 */
@Component
class ChainVerification {

    enum Kind { INCREMENTAL, FULL }

    /**
     * What a verification covered: the positions walked ({@code fromPosition} to {@code toPosition}, null
     * when none) and the links it verified for the first time ({@code fromOrdinal} to {@code toOrdinal};
     * none when {@code fromOrdinal > toOrdinal}).
     */
    record Range(Kind kind, Long fromPosition, Long toPosition, long fromOrdinal, long toOrdinal) {
    }

    /** The head of the chain when the verification started (null: nothing sealed yet), and what it found. */
    record Checked(Range range, Link head, Outcome outcome) {
    }

    private final SealedLinks links;
    private final ChainWalk walk;
    private final LastVerifiedLink verified;

    ChainVerification(SealedLinks links, ChainWalk walk, LastVerifiedLink verified) {
        this.links = links;
        this.walk = walk;
        this.verified = verified;
    }

    Checked incremental(Map<Long, String> pins) {
        Link head = links.head().orElse(null);
        Optional<Link> last = pins.isEmpty() ? verified.get() : Optional.empty();
        if (last.isEmpty()) {
            return fromStart(head, pins, ChainWalk.Progress.NONE);
        }
        Link known = last.get();
        if (!links.at(known.ordinal()).equals(last)) {
            return new Checked(new Range(Kind.INCREMENTAL, null, null, known.ordinal(), known.ordinal()), head,
                    new Outcome(0, known.position(), new BadEvent(known.position(), known.eventId(), null, null,
                            "the chain changed at link " + known.ordinal() + ", which was verified before")));
        }
        long headOrdinal = head.ordinal();
        if (headOrdinal == known.ordinal()) {
            return new Checked(new Range(Kind.INCREMENTAL, null, null, known.ordinal() + 1, known.ordinal()), head,
                    new Outcome(0, null, null));
        }
        long after = links.lowestPositionAfter(known.ordinal()).orElseThrow() - 1;
        Outcome outcome = walk.walk(after, pins, ChainWalk.Progress.NONE);
        return remembered(new Checked(new Range(Kind.INCREMENTAL, after + 1, outcome.lastPosition(),
                known.ordinal() + 1, headOrdinal), head, outcome));
    }

    /** Walks every position; a problem found makes later incremental verifications start over too. */
    Checked full(ChainWalk.Progress progress) {
        Checked checked = fromStart(links.head().orElse(null), new HashMap<>(), progress);
        if (checked.outcome().bad() != null) {
            verified.forget();
        }
        return checked;
    }

    private Checked fromStart(Link head, Map<Long, String> pins, ChainWalk.Progress progress) {
        Outcome outcome = walk.walk(-1, pins, progress);
        return remembered(new Checked(new Range(Kind.FULL, 0L, outcome.lastPosition(), 1,
                head == null ? 0 : head.ordinal()), head, outcome));
    }

    private Checked remembered(Checked checked) {
        if (checked.outcome().bad() == null && checked.head() != null) {
            verified.remember(checked.head());
        }
        return checked;
    }
}
