package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.http.BadQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /api/public/integrity?pin=position:hash}: anyone holding a printed notice checks its head against
 * the current chain, without signing in. The answer says only whether every event up to the pinned position is
 * unchanged and how many were checked; which event differs is for inspectors ({@code GET /api/integrity}).
 * Each check walks the chain from its first link, so the endpoint is rate-limited per client.
 */
@RestController
class PublicPinCheck {

    private final ChainVerification verification;

    PublicPinCheck(ChainVerification verification) {
        this.verification = verification;
    }

    record PinCheck(String pin, boolean unchanged, long eventsChecked) {
    }

    @GetMapping("/api/public/integrity")
    PinCheck check(@RequestParam String pin) {
        if (!pin.matches("[0-9]{1,18}:[0-9a-f]{64}")) {
            throw new BadQuery("pin must be position:hash, like 1234:" + HashChain.GENESIS);
        }
        String[] parts = pin.split(":");
        Map<Long, String> pins = new HashMap<>(Map.of(Long.parseLong(parts[0]), parts[1]));
        ChainVerification.Checked checked = verification.incremental(pins);
        if (checked.outcome().bad() == null && !pins.isEmpty()) {
            throw new BadQuery("no sealed event at position " + parts[0]);
        }
        return new PinCheck(pin, checked.outcome().bad() == null, checked.outcome().checked());
    }
}
