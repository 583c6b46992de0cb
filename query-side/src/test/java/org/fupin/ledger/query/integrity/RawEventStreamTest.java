package org.fupin.ledger.query.integrity;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which global position an event holds, told from the sealer's token before and after reading it. */
class RawEventStreamTest {

    @Test
    void theFirstEventReadHoldsTheTokensIndex() {
        assertThat(RawEventStream.position(null, GapAwareTrackingToken.newInstance(7, Set.of(5L, 6L)))).isEqualTo(7);
    }

    @Test
    void anEventThatMovesTheIndexHoldsTheNewIndex() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(10, Set.of(4L));
        assertThat(RawEventStream.position(before, before.advanceTo(13, 10_000))).isEqualTo(13);
    }

    @Test
    void aLateCommitHoldsTheGapItClosedNotTheIndex() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(44, Set.of(31L, 34L));
        GapAwareTrackingToken after = before.advanceTo(34, 10_000);
        assertThat(after.position()).hasValue(44);
        assertThat(RawEventStream.position(before, after)).isEqualTo(34);
    }

    @Test
    void aLateCommitHoldsTheHighestGapClosedWhenOlderGapsAreDroppedWithIt() {
        GapAwareTrackingToken before = GapAwareTrackingToken.newInstance(44, Set.of(31L, 34L, 40L));
        GapAwareTrackingToken after = before.advanceTo(34, 10_000).withGapsTruncatedAt(34);
        assertThat(RawEventStream.position(before, after)).isEqualTo(34);
    }
}
