package org.fupin.ledger.query.integrity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The chain's head at a moment, for publishing: a disclosure sheet prints the head at the end of its
 * period, and anyone holding the printed sheet can later pass it to {@code GET /api/integrity?pin=} to
 * prove that nothing stored up to there has changed.
 */
@Component
public class PublishedHeads {

    private final JdbcClient jdbc;

    PublishedHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A link of the chain. {@code complete} says whether the chain is sealed past the moment asked for;
     * until it is, events of that time may still be waiting to be sealed and the head is provisional.
     */
    public record Head(long position, String eventId, String hash, Instant eventTime, boolean complete) {

        /** The head in the form {@code GET /api/integrity?pin=} takes. */
        public String pin() {
            return position + ":" + hash;
        }
    }

    /** The link just before the first one sealed for an event stored at or after {@code end}. */
    public Optional<Head> before(Instant end) {
        Optional<Long> firstAfter = jdbc.sql("""
                        SELECT ordinal FROM integrity_chain WHERE event_time >= ?
                        ORDER BY event_time, ordinal LIMIT 1""")
                .param(Timestamp.from(end)).query(Long.class).optional();
        String link = "SELECT position, event_id, hash, event_time FROM integrity_chain ";
        var head = firstAfter.isPresent()
                ? jdbc.sql(link + "WHERE ordinal = ?").param(firstAfter.get() - 1)
                : jdbc.sql(link + "ORDER BY ordinal DESC LIMIT 1");
        return head.query((row, n) -> new Head(row.getLong(1), row.getString(2), row.getString(3),
                        row.getTimestamp(4).toInstant(), firstAfter.isPresent()))
                .optional();
    }
}
