package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/** A fund's money traced to where it is now: unallocated, in villages, held by projects, paid to payees. */
@QuerySideTest
class FundTraceIT {

    @Autowired
    StoredEvents events;
    @Autowired
    FundTraceController trace;
    @Autowired
    FundController funds;

    @Test
    void everyYuanOfTheFundIsFoundInExactlyOnePlace() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "300000.00").giveBack(fund, "20000.00");
        ProjectId road = story.project("200000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.commit(road, from(fund, "150000.00"));
        story.pay(road, from(fund, "100000.00"));
        ProjectId school = story.project("30000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.commit(school, from(fund, "30000.00")).cancel(school, from(fund, "30000.00"));
        events.awaitProjections();

        FundTraceController.Trace answer = trace.trace(fund.value());
        assertThat(answer.unallocated()).isEqualTo("720000.00");
        assertThat(answer.villages()).containsExactly(
                new FundTraceController.Part(story.village().value(), "130000.00"));
        assertThat(answer.projects()).containsExactly(new FundTraceController.Part(road.value(), "50000.00"));
        assertThat(answer.payees()).containsExactly(new FundTraceController.Part("晋通路桥工程公司", "100000.00"));
        assertThat(answer.traced()).isEqualTo("1000000.00");
        assertThat(answer.balanced()).isTrue();
        assertThat(funds.one(fund.value()).unallocated()).isEqualTo("720000.00");
    }

    @Test
    void moneyWaitingForApprovalIsReservedAndStillTraced() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("2000000.00");
        story.allocate(fund, "1000000.00");
        String waiting = story.requestAllocation(fund, "600000.00");
        ProjectId road = story.project("1000000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "900000.00"));
        story.requestPayment(road, from(fund, "500000.00"));
        events.awaitProjections();

        FundView view = funds.one(fund.value());
        assertThat(view.pendingApproval()).isEqualTo("600000.00");
        assertThat(view.unallocated()).isEqualTo("400000.00");
        FundTraceController.Trace answer = trace.trace(fund.value());
        assertThat(answer.pendingApproval()).isEqualTo("1100000.00");
        assertThat(answer.projects()).containsExactly(new FundTraceController.Part(road.value(), "400000.00"));
        assertThat(answer.traced()).isEqualTo("2000000.00");
        assertThat(answer.balanced()).isTrue();

        story.rejectAllocation(fund, waiting, "600000.00");
        events.awaitProjections();
        assertThat(funds.one(fund.value()).unallocated()).isEqualTo("1000000.00");
        assertThat(funds.one(fund.value()).pendingApproval()).isEqualTo("0.00");
        assertThat(trace.trace(fund.value()).balanced()).isTrue();
    }
}
