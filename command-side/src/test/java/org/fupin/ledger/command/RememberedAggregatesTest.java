package org.fupin.ledger.command;

import org.fupin.ledger.shared.VillageId;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedAggregatesTest {

    private final Set<String> stored = new HashSet<>();
    private final AtomicInteger storeReads = new AtomicInteger();
    private final RememberedAggregates directory = new RememberedAggregates(id -> {
        storeReads.incrementAndGet();
        return stored.contains(id.toString());
    }, 100);

    @Test
    void asksTheStoreOnlyOnceForAnAggregateThatExists() {
        stored.add(VillageId.of("V1").toString());

        assertThat(directory.exists(VillageId.of("V1"))).isTrue();
        assertThat(directory.exists(VillageId.of("V1"))).isTrue();
        assertThat(directory.exists(VillageId.of("V1"))).isTrue();

        assertThat(storeReads).hasValue(1);
    }

    @Test
    void asksTheStoreAgainForAnAggregateThatDidNotExistAndSeesItOnceCreated() {
        assertThat(directory.exists(VillageId.of("V2"))).isFalse();
        assertThat(directory.exists(VillageId.of("V2"))).isFalse();
        stored.add(VillageId.of("V2").toString());

        assertThat(directory.exists(VillageId.of("V2"))).isTrue();
        assertThat(storeReads).hasValue(3);
    }
}
