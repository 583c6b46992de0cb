package org.fupin.ledger.query.report;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/**
 * The trial balance takes each term from the ledger that owns it, so a read-model row that is off shows as
 * an unbalanced trial balance naming the flow whose two sides disagree.
 */
@QuerySideTest
class TrialBalanceIT {

    @Autowired
    StoredEvents events;
    @Autowired
    TrialBalanceController trialBalance;
    @Autowired
    JdbcClient jdbc;

    private ProjectId road;
    private String payment;

    @BeforeEach
    void aVillageWithMoneyEverywhere() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "300000.00").giveBack(fund, "20000.00");
        road = story.project("200000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "150000.00"));
        payment = story.pay(road, from(fund, "100000.00"));
        ProjectId school = story.project("60000.00", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30));
        story.commit(school, from(fund, "60000.00")).cancel(school, from(fund, "60000.00"));
        events.awaitProjections();
    }

    @Test
    void tiesOutWhenEveryLedgerAgrees() {
        TrialBalance balance = trialBalance.trialBalance();
        assertThat(balance.balanced()).isTrue();
        assertThat(balance.difference()).isEqualTo("0.00");
        assertThat(balance.crossChecks()).extracting(TrialBalance.CrossCheck::flow)
                .containsExactly("allocated", "returned", "committed", "released", "disbursed", "pendingApproval");
        assertThat(balance.crossChecks()).allMatch(TrialBalance.CrossCheck::agrees);
    }

    @Test
    void aProjectHoldingMoreThanItWasGivenUnbalancesItAndNamesTheCommitment() {
        TrialBalance before = trialBalance.trialBalance();
        jdbc.sql("UPDATE project_view SET committed = committed + 100 WHERE project_id = ?").param(road.value()).update();
        try {
            TrialBalance after = trialBalance.trialBalance();
            assertThat(after.balanced()).isFalse();
            assertThat(after.difference()).isEqualTo("-1.00");
            assertThat(after.projectHeld()).isNotEqualTo(before.projectHeld());
            assertThat(disagreeing(after)).containsExactly("committed -1.00");
        } finally {
            jdbc.sql("UPDATE project_view SET committed = committed - 100 WHERE project_id = ?").param(road.value()).update();
        }
    }

    @Test
    void aLostPaymentRowUnbalancesItAndNamesTheDisbursement() {
        jdbc.sql("UPDATE payment_view SET reversed = TRUE WHERE disbursement_id = ?").param(payment).update();
        try {
            TrialBalance after = trialBalance.trialBalance();
            assertThat(after.balanced()).isFalse();
            assertThat(after.difference()).isEqualTo("100000.00");
            assertThat(disagreeing(after)).containsExactly("disbursed 100000.00");
        } finally {
            jdbc.sql("UPDATE payment_view SET reversed = FALSE WHERE disbursement_id = ?").param(payment).update();
        }
        assertThat(trialBalance.trialBalance().balanced()).isTrue();
    }

    @Test
    void aReleaseTheVillageNeverGotBackUnbalancesItAndNamesTheRelease() {
        jdbc.sql("UPDATE village_fund_view SET released = released - 6000000 WHERE village_id = ?")
                .param(villageOf(road)).update();
        try {
            TrialBalance after = trialBalance.trialBalance();
            assertThat(after.balanced()).isFalse();
            assertThat(after.difference()).isEqualTo("60000.00");
            assertThat(disagreeing(after)).containsExactly("released 60000.00");
        } finally {
            jdbc.sql("UPDATE village_fund_view SET released = released + 6000000 WHERE village_id = ?")
                    .param(villageOf(road)).update();
        }
    }

    @Test
    void tiesOutWithAllocationsAndPaymentsWaitingForApproval() throws InterruptedException {
        TrialBalance before = trialBalance.trialBalance();
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("3000000.00");
        story.allocate(fund, "1000000.00");
        story.requestAllocation(fund, "700000.00");
        ProjectId bridge = story.project("1000000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(bridge, LocalDate.of(2026, 3, 5)).commit(bridge, from(fund, "1000000.00"));
        story.requestPayment(bridge, from(fund, "600000.00"));
        events.awaitProjections();

        TrialBalance after = trialBalance.trialBalance();
        assertThat(after.balanced()).isTrue();
        assertThat(after.crossChecks()).allMatch(TrialBalance.CrossCheck::agrees);
        assertThat(yuan(after.pendingApproval()) - yuan(before.pendingApproval())).isEqualTo(130000000L);
        assertThat(yuan(after.projectHeld()) - yuan(before.projectHeld())).isEqualTo(40000000L);
    }

    @Test
    void aPendingItemMissingFromTheListUnbalancesTheCrossCheck() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("900000.00");
        String allocation = story.requestAllocation(fund, "800000.00");
        events.awaitProjections();
        jdbc.sql("UPDATE approval_view SET status = 'APPROVED' WHERE item_id = ?").param(allocation).update();
        try {
            assertThat(disagreeing(trialBalance.trialBalance())).containsExactly("pendingApproval 800000.00");
        } finally {
            jdbc.sql("UPDATE approval_view SET status = 'PENDING' WHERE item_id = ?").param(allocation).update();
        }
    }

    private static long yuan(String amount) {
        return new java.math.BigDecimal(amount).movePointRight(2).longValueExact();
    }

    private String villageOf(ProjectId project) {
        return jdbc.sql("SELECT village_id FROM project_view WHERE project_id = ?").param(project.value())
                .query(String.class).single();
    }

    private static java.util.List<String> disagreeing(TrialBalance balance) {
        return balance.crossChecks().stream().filter(check -> !check.agrees())
                .map(check -> check.flow() + " " + check.difference()).toList();
    }
}
