package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.util.Arrays;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far the sealer has read, kept as Axon's {@link GapAwareTrackingToken} in {@code integrity_sealer}:
 * every position up to the index is sealed, except the gaps, positions allocated to transactions that had
 * not committed when the sealer passed them. A gap is sealed when its event commits, so a late commit is
 * appended to the chain rather than skipped. Written in the sealer's transaction, with the links it adds.
 */
@Component
class SealerPosition {

    private final JdbcClient jdbc;

    SealerPosition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The sealer's token; null before it sealed anything (it then starts at the first event). */
    GapAwareTrackingToken token() {
        return jdbc.sql("SELECT token_index, gaps FROM integrity_sealer WHERE id = 1")
                .query((row, n) -> row.getLong(1) < 0 ? null
                        : GapAwareTrackingToken.newInstance(row.getLong(1), gaps(row.getArray(2))))
                .optional().orElse(null);
    }

    void save(GapAwareTrackingToken token) {
        String gaps = token.getGaps().stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("""
                        INSERT INTO integrity_sealer (id, token_index, gaps) VALUES (1, ?, ?::bigint[])
                        ON CONFLICT (id) DO UPDATE SET token_index = EXCLUDED.token_index, gaps = EXCLUDED.gaps""")
                .params(token.getIndex(), gaps).update();
    }

    /**
     * Whether the sealer is still to come to {@code position}: after its index, or in one of its gaps. A
     * stored event at any other position without a link was never sealed.
     */
    static boolean stillToSeal(GapAwareTrackingToken token, long position) {
        return token == null || position > token.getIndex() || token.getGaps().contains(position);
    }

    /** Whether {@code position} lies after everything the sealer has read (all of it, before it read any). */
    static boolean beyond(GapAwareTrackingToken token, long position) {
        return token == null || position > token.getIndex();
    }

    private static SortedSet<Long> gaps(Array array) throws java.sql.SQLException {
        return new TreeSet<>(Arrays.asList((Long[]) array.getArray()));
    }
}
