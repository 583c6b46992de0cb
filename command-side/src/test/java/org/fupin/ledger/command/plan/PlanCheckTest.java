package org.fupin.ledger.command.plan;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.fupin.ledger.command.plan.PlanPreview.PlannedRow;
import org.fupin.ledger.command.plan.PlanPreview.RowError;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.FundLevel;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanCheckTest {

    private static final String PLAN_ID = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String HEADER = "资金编号,村编号,金额,用途,文号\n";

    private final EventStore events = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final Map<String, Long> sequences = new HashMap<>();

    @BeforeEach
    void zTown() {
        FundId province = FundId.of("F-PROV");
        record(province.toString(), new FundSourceRegistered(province, "省级衔接资金", FundLevel.values()[0], 2026,
                Money.of("100000.00"), "晋财农〔2026〕1号"));
        record(province.toString(), new FundsAllocated(province, "A-1", VillageId.of("DONGGOU"),
                Money.of("30000.00"), "道路", "", null));
        record(province.toString(), new ReturnedFundsReceived(province, "R-1", VillageId.of("DONGGOU"),
                Money.of("5000.00"), null));
        record("village:DONGGOU", new VillageRegistered(VillageId.of("DONGGOU"), "东沟村", "Z镇", "Y县", 120, "山西"));
        record("village:XIGOU", new VillageRegistered(VillageId.of("XIGOU"), "西沟村", "Z镇", "Y县", 80, "山西"));
    }

    @Test
    void aPlanWithinTheFundsBalanceIsValidAndNamesWhatItPointsAt() {
        PlanPreview preview = check("""
                F-PROV,DONGGOU,"40,000.00",东沟村道路硬化,晋财农〔2026〕12号
                F-PROV,XIGOU,35000,西沟村饮水,
                """);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.rows()).extracting(PlannedRow::fundName, PlannedRow::villageName, PlannedRow::amount)
                .containsExactly(tuple("省级衔接资金", "东沟村", "40000.00"),
                        tuple("省级衔接资金", "西沟村", "35000.00"));
        assertThat(preview.totals()).singleElement().satisfies(total -> {
            assertThat(total.amount()).isEqualTo("75000.00");
            assertThat(total.available()).isEqualTo("75000.00");
            assertThat(total.overAllocated()).isFalse();
        });
        assertThat(preview.rows().get(0).allocationId()).isEqualTo("AP-0123456789abcdef0123-2");
    }

    @Test
    void oneBadRowBlocksTheWholePlanAndCarriesItsOwnErrorsInChinese() {
        PlanPreview preview = check("""
                F-PROV,DONGGOU,100.00,道路,
                F-PROV,NOWHERE,12.345,,
                """);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.rows().get(0).errors()).isEmpty();
        assertThat(preview.rows().get(1).row()).isEqualTo(3);
        assertThat(preview.rows().get(1).errors()).extracting(RowError::field, RowError::code).containsExactly(
                tuple("village", "VILLAGE_NOT_FOUND"),
                tuple("amount", "INVALID_AMOUNT"),
                tuple("purpose", "REQUIRED"));
        assertThat(preview.rows().get(1).errors().get(0).message()).isEqualTo("没有编号为“NOWHERE”的村");
    }

    @Test
    void anUnknownFundOrABadIdIsTheRowsError() {
        PlanPreview preview = check("""
                F-NONE,DONGGOU,100,道路,
                F PROV,DONGGOU,100,道路,
                """);
        assertThat(preview.rows()).extracting(row -> row.errors().get(0).code())
                .containsExactly("FUND_NOT_FOUND", "INVALID_ID");
    }

    @Test
    void aPlanThatOverAllocatesAFundIsRefusedWholeOnEveryRowOfThatFund() {
        PlanPreview preview = check("""
                F-PROV,DONGGOU,50000,道路,
                F-PROV,XIGOU,25000.01,饮水,
                """);

        assertThat(preview.valid()).isFalse();
        assertThat(preview.totals()).singleElement().satisfies(total -> {
            assertThat(total.amount()).isEqualTo("75000.01");
            assertThat(total.overAllocated()).isTrue();
        });
        assertThat(preview.rows()).allSatisfy(row -> assertThat(row.errors())
                .extracting(RowError::code).containsExactly("FUND_OVER_ALLOCATED"));
    }

    @Test
    void theSameFundAndVillageTwiceIsADuplicate() {
        PlanPreview preview = check("""
                F-PROV,DONGGOU,100,道路,
                F-PROV,DONGGOU,200,饮水,
                """);
        assertThat(preview.rows().get(1).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("DUPLICATE_ROW");
            assertThat(error.message()).contains("第 2 行");
        });
    }

    @Test
    void rowsAlreadyRecordedFromThisFileCountForNothing() {
        FundId province = FundId.of("F-PROV");
        record(province.toString(), new FundsAllocated(province, PlanCheck.allocationId(PLAN_ID, 2),
                VillageId.of("DONGGOU"), Money.of("75000.00"), "道路", "", null));

        PlanPreview preview = check("""
                F-PROV,DONGGOU,75000,道路,
                """);

        assertThat(preview.valid()).isTrue();
        assertThat(preview.rows()).singleElement().satisfies(row -> assertThat(row.alreadyRecorded()).isTrue());
        assertThat(preview.totals()).isEmpty();
    }

    @Test
    void aFormulaOrAHiddenRowIsTheRowsError() {
        List<PlanLine> lines = List.of(new PlanLine(2, Map.of(PlanColumn.FUND, "F-PROV", PlanColumn.VILLAGE, "DONGGOU",
                        PlanColumn.AMOUNT, "", PlanColumn.PURPOSE, "道路"), Set.of(PlanColumn.AMOUNT), false),
                new PlanLine(3, Map.of(PlanColumn.FUND, "F-PROV", PlanColumn.VILLAGE, "XIGOU",
                        PlanColumn.AMOUNT, "1", PlanColumn.PURPOSE, "饮水"), Set.of(), true));

        PlanPreview preview = PlanCheck.of(PLAN_ID, lines, new PlanTargets(events).lookup());

        assertThat(preview.rows().get(0).errors()).extracting(RowError::code).containsExactly("FORMULA_NOT_ALLOWED");
        assertThat(preview.rows().get(1).errors()).extracting(RowError::code).containsExactly("HIDDEN_ROW");
    }

    private PlanPreview check(String rows) {
        List<PlanLine> lines = PlanFile.read("plan.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        return PlanCheck.of(PLAN_ID, lines, new PlanTargets(events).lookup());
    }

    private void record(String aggregateId, Object payload) {
        long sequence = sequences.merge(aggregateId, 0L, (last, zero) -> last + 1);
        events.publish(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, payload));
    }
}
