package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.http.BadQuery;
import org.fupin.ledger.query.integrity.ChainVerification.Checked;
import org.fupin.ledger.query.integrity.ChainVerification.Range;
import org.fupin.ledger.query.integrity.ChainWalk.BadEvent;
import org.fupin.ledger.query.integrity.SealedLinks.Link;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Proves that nothing stored was altered: recomputes the chain from the events as stored, read through
 * Axon, and compares it link by link with the sealed chain. The first event whose link differs is named.
 * By default only what was sealed since the last verified link is checked ({@link ChainVerification});
 * administrators run the full verification as a job ({@link FullVerificationController}).
 *
 * <p>An attacker with the database but without the key cannot re-seal an edit. Published heads pin the
 * chain further: a disclosure sheet prints the head at the end of its period, and passing it back as
 * {@code pin=position:hash} proves that nothing up to there has changed, whatever happened to the keys.
 */
@RestController
class IntegrityController {

    private final ChainVerification verification;
    private final SealingBacklog backlog;
    private final Clock clock;

    IntegrityController(ChainVerification verification, SealingBacklog backlog, Clock clock) {
        this.verification = verification;
        this.backlog = backlog;
        this.clock = clock;
    }

    /**
     * @param unsealed                 stored events not yet in the chain
     * @param oldestUnsealedAgeSeconds how long the oldest of them has been stored; null when none
     * @param range                    which positions and links this answer covers
     */
    record Verification(boolean verified, long eventsChecked, Link head, BadEvent firstBadEvent, long unsealed,
                        Double oldestUnsealedAgeSeconds, Range range) {
    }

    @GetMapping("/api/integrity")
    Verification verify(@RequestParam(required = false) List<String> pin) {
        Map<Long, String> pins = pins(pin);
        Checked checked = verification.incremental(pins);
        if (checked.outcome().bad() == null && !pins.isEmpty()) {
            throw new BadQuery("no sealed event at position " + pins.keySet().iterator().next());
        }
        SealingBacklog.Backlog unsealed = backlog.measure();
        return new Verification(checked.outcome().bad() == null, checked.outcome().checked(), checked.head(),
                checked.outcome().bad(), unsealed.unsealed(), unsealed.oldestAgeSeconds(clock), checked.range());
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
}
