package org.fupin.ledger.command.config;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.fund.FundSource;
import org.fupin.ledger.command.fund.ReceiveReturnedFunds;
import org.fupin.ledger.command.village.ReceiveAllocation;
import org.fupin.ledger.command.village.Village;
import org.fupin.ledger.eventstore.JdbcEventStoreAutoConfiguration;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectApproved;
import org.fupin.ledger.shared.project.ProjectCancelled;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectStarted;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.SecretaryAssigned;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot must hold the whole aggregate: a village or fund read back from its snapshot equals, field by
 * field, the same aggregate sourced from its events. A field the snapshot serializer missed (or a type it
 * cannot read back) fails here, not as a wrong balance in production.
 */
class AggregateSnapshotsTest {

    private static final Serializer SNAPSHOTS = JdbcEventStoreAutoConfiguration.snapshotSerializer();
    private static final VillageId VILLAGE = VillageId.of("V1");
    private static final FundId F1 = FundId.of("F1");
    private static final FundId F2 = FundId.of("F2");
    private static final ProjectId ROAD = ProjectId.of("P1");
    private static final ProjectId SCHOOL = ProjectId.of("P2");
    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

    @Test
    void aVillageReadFromItsSnapshotEqualsTheVillageSourcedFromItsEvents() {
        AggregateTestFixture<Village> fixture = new AggregateTestFixture<>(Village.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> true);
        // The fixture's own state check compares projects with equals (identity); this test compares field by field.
        fixture.setReportIllegalStateChange(false);
        fixture.given(
                        new VillageRegistered(VILLAGE, "石门村", "石门镇", "武陵县", 128, "山西省"),
                        new SecretaryAssigned(VILLAGE, "secretary", "李明", "省财政厅", DAY),
                        received(F1, "A1", "500.00"), received(F2, "A1", "300.00"),
                        new FundsReturned(VILLAGE, "R1", F2, Money.of("50.00"), "结余", DAY),
                        new ProjectProposed(VILLAGE, ROAD, ProjectType.ROAD_HARDENING, "通组路", Money.of("400.00"),
                                DAY, DAY.plusMonths(6), Map.of("lengthKm", 3.5, "widthM", 4.5)),
                        new ProjectApproved(VILLAGE, ROAD, "同意"),
                        new FundsCommitted(VILLAGE, ROAD, "C1", Money.of("350.00"),
                                List.of(split(F1, "300.00"), split(F2, "50.00")), DAY),
                        new ProjectStarted(VILLAGE, ROAD, DAY),
                        new FundsDisbursed(VILLAGE, ROAD, "D1", Money.of("100.00"), "路桥公司", "记-1",
                                List.of(split(F1, "100.00")), DAY),
                        new FundsDisbursed(VILLAGE, ROAD, "D2", Money.of("20.00"), "路桥公司", "记-2",
                                List.of(split(F1, "20.00")), DAY),
                        new DisbursementReversed(VILLAGE, ROAD, "D2", "event-of-D2", Money.of("20.00"),
                                List.of(split(F1, "20.00")), "退票", DAY),
                        new MilestoneReported(VILLAGE, ROAD, "M1", "路基", DAY, 40, "ok"),
                        new ProjectProposed(VILLAGE, SCHOOL, ProjectType.OTHER, "校舍", Money.of("90.00"),
                                DAY, DAY.plusMonths(2), Map.of()),
                        new ProjectApproved(VILLAGE, SCHOOL, null),
                        new FundsCommitted(VILLAGE, SCHOOL, "C2", Money.of("10.00"), List.of(split(F2, "10.00")), DAY),
                        new ProjectCancelled(VILLAGE, SCHOOL, "选址变更", List.of(split(F2, "10.00"))),
                        new CollectiveIncomeRecorded(VILLAGE, "I1", Money.of("60.00"), IncomeCategory.OTHER, null,
                                "2026-05", "收-1", DAY))
                .when(new ReceiveAllocation(VILLAGE, F1, "A1", Money.of("500.00"), "村道", null, DAY),
                        MetaData.with(EventMetadata.ACTOR, "finance").and(EventMetadata.ROLE, "FINANCE_OFFICER"))
                .expectNoEvents()
                .expectState(village -> assertThat(readBack(village, Village.class))
                        .usingRecursiveComparison().isEqualTo(village));
    }

    @Test
    void aFundReadFromItsSnapshotEqualsTheFundSourcedFromItsEvents() {
        AggregateTestFixture<FundSource> fixture = new AggregateTestFixture<>(FundSource.class);
        fixture.registerInjectableResource((AggregateDirectory) id -> true);
        fixture.given(new FundSourceRegistered(F1, "省级专项", FundLevel.PROVINCIAL, 2026, Money.of("1000.00"), "文号"),
                        new FundsAllocated(F1, "A1", VILLAGE, Money.of("400.00"), "村道", null, DAY),
                        new ReturnedFundsReceived(F1, "R1", VILLAGE, Money.of("50.00"), DAY))
                .when(new ReceiveReturnedFunds(F1, "R1", VILLAGE, Money.of("50.00"), DAY))
                .expectNoEvents()
                .expectState(fund -> assertThat(readBack(fund, FundSource.class))
                        .usingRecursiveComparison().isEqualTo(fund));
    }

    private static <T> T readBack(T aggregate, Class<T> type) {
        SerializedObject<byte[]> snapshot = SNAPSHOTS.serialize(aggregate, byte[].class);
        T read = SNAPSHOTS.deserialize(snapshot);
        assertThat(read).isInstanceOf(type).isNotSameAs(aggregate);
        return read;
    }

    private static AllocationReceived received(FundId fund, String allocationId, String amount) {
        return new AllocationReceived(VILLAGE, fund, allocationId, Money.of(amount), "村道", null, DAY);
    }

    private static FundAmount split(FundId fund, String amount) {
        return new FundAmount(fund, Money.of(amount));
    }
}
