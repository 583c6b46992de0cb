package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.integrity.SealedLinks.Link;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The last link a verification found sound, in {@code integrity_verified}: {@code GET /api/integrity}
 * verifies from there on, so its cost follows what was sealed since, not the size of the store.
 */
@Component
class LastVerifiedLink {

    private final JdbcClient jdbc;

    LastVerifiedLink(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> get() {
        return jdbc.sql("SELECT ordinal, position, event_id, hash FROM integrity_verified WHERE id = 1")
                .query((row, n) -> new Link(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4)))
                .optional();
    }

    /** Remembers {@code link} unless a verification running alongside got further. */
    void remember(Link link) {
        jdbc.sql("""
                        INSERT INTO integrity_verified (id, ordinal, position, event_id, hash, verified_at)
                        VALUES (1, ?, ?, ?, ?, now())
                        ON CONFLICT (id) DO UPDATE SET ordinal = EXCLUDED.ordinal, position = EXCLUDED.position,
                            event_id = EXCLUDED.event_id, hash = EXCLUDED.hash, verified_at = EXCLUDED.verified_at
                        WHERE integrity_verified.ordinal <= EXCLUDED.ordinal""")
                .params(link.ordinal(), link.position(), link.eventId(), link.hash()).update();
    }

    /** After a full verification found a problem: every later verification starts from the first link. */
    void forget() {
        jdbc.sql("DELETE FROM integrity_verified").update();
    }
}
