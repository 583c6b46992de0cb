package org.fupin.ledger.query.integrity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The links of the chain as sealed in {@code integrity_chain}. */
@Component
class SealedLinks {

    private static final int PAGE = 5000;

    private final JdbcClient jdbc;

    SealedLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A link: the {@code ordinal}-th event sealed, stored at global {@code position}. */
    record Link(long ordinal, long position, String eventId, String hash) {
    }

    /** A link with the hash of the link before it, which its own hash was computed from. */
    record Sealed(Link link, String previousHash) {
    }

    Optional<Link> head() {
        return jdbc.sql("SELECT ordinal, position, event_id, hash FROM integrity_chain ORDER BY ordinal DESC LIMIT 1")
                .query(SealedLinks::link).optional();
    }

    Optional<Link> at(long ordinal) {
        return jdbc.sql("SELECT ordinal, position, event_id, hash FROM integrity_chain WHERE ordinal = ?")
                .param(ordinal).query(SealedLinks::link).optional();
    }

    /** The lowest position sealed by a link after {@code ordinal}: a late commit may lie below the rest. */
    Optional<Long> lowestPositionAfter(long ordinal) {
        return jdbc.sql("SELECT MIN(position) FROM integrity_chain WHERE ordinal > ?")
                .param(ordinal).query(Long.class).optional();
    }

    /** The links of events stored after {@code position}, in position order, read a page at a time. */
    Cursor byPositionAfter(long position) {
        return new Cursor(position);
    }

    final class Cursor {

        private final Deque<Sealed> page = new ArrayDeque<>();
        private long after;
        private boolean exhausted;

        private Cursor(long after) {
            this.after = after;
        }

        /** The next link, or null after the last. */
        Sealed next() {
            if (page.isEmpty() && !exhausted) {
                page.addAll(jdbc.sql("""
                                SELECT c.ordinal, c.position, c.event_id, c.hash,
                                       CASE WHEN c.ordinal = 1 THEN ? ELSE p.hash END AS previous
                                FROM integrity_chain c LEFT JOIN integrity_chain p ON p.ordinal = c.ordinal - 1
                                WHERE c.position > ? ORDER BY c.position LIMIT\s""" + PAGE)
                        .params(HashChain.GENESIS, after)
                        .query((row, n) -> new Sealed(link(row, n), row.getString("previous"))).list());
                exhausted = page.size() < PAGE;
                if (!page.isEmpty()) {
                    after = page.getLast().link().position();
                }
            }
            return page.poll();
        }
    }

    private static Link link(ResultSet row, int n) throws SQLException {
        return new Link(row.getLong("ordinal"), row.getLong("position"), row.getString("event_id"),
                row.getString("hash"));
    }
}
