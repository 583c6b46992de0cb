package org.fupin.ledger.command.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelaySequencingPolicyTest {

    private final RelaySequencingPolicy policy = new RelaySequencingPolicy();

    private static EventMessage<?> stored(String aggregate, Object payload) {
        return new GenericDomainEventMessage<>("Aggregate", aggregate, 3, payload);
    }

    @Test
    void allocationsToOneVillageShareASequenceWhateverFundTheyComeFrom() {
        Object fromF1 = policy.getSequenceIdentifierFor(stored("fund:F1", new FundsAllocated(FundId.of("F1"), "A1",
                VillageId.of("V1"), Money.of("10.00"), "路", null, null)));
        Object fromF2 = policy.getSequenceIdentifierFor(stored("fund:F2", new FundsAllocated(FundId.of("F2"), "A2",
                VillageId.of("V1"), Money.of("10.00"), "路", null, null)));
        Object toV2 = policy.getSequenceIdentifierFor(stored("fund:F1", new FundsAllocated(FundId.of("F1"), "A3",
                VillageId.of("V2"), Money.of("10.00"), "路", null, null)));

        assertThat(fromF1).isEqualTo("village:V1").isEqualTo(fromF2);
        assertThat(toV2).isEqualTo("village:V2");
    }

    @Test
    void aReturnIsSequencedByTheFundThatReceivesIt() {
        assertThat(policy.getSequenceIdentifierFor(stored("village:V1", new FundsReturned(VillageId.of("V1"), "R1",
                FundId.of("F1"), Money.of("1.00"), "结余", null)))).isEqualTo("fund:F1");
    }

    @Test
    void anAllocationNamingNoVillageWaitsAloneUnderItsOwnEventId() {
        EventMessage<?> undeliverable = stored("fund:F1", new FundsAllocated(FundId.of("F1"), "A9", null, null,
                "路", null, null));

        assertThat(policy.getSequenceIdentifierFor(undeliverable)).isEqualTo(undeliverable.getIdentifier());
    }

    @Test
    void otherEventsFollowTheirOwnAggregate() {
        assertThat(policy.getSequenceIdentifierFor(stored("project:P1", "something else"))).isEqualTo("project:P1");
    }
}
