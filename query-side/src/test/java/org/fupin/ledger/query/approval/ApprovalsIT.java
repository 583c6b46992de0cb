package org.fupin.ledger.query.approval;

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

/** The list of allocations and payments waiting for, or given, a second finance officer's decision. */
@QuerySideTest
class ApprovalsIT {

    @Autowired
    StoredEvents events;
    @Autowired
    ApprovalController approvals;

    @Test
    void listsWaitingItemsWithWhereToApproveThemUntilTheyAreDecided() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("3000000.00");
        String allocation = story.requestAllocation(fund, "600000.00");
        story.allocate(fund, "1000000.00");
        ProjectId road = story.project("1000000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.start(road, LocalDate.of(2026, 3, 5)).commit(road, from(fund, "1000000.00"));
        String payment = story.requestPayment(road, from(fund, "500000.00"));
        events.awaitProjections();

        assertThat(approvals.approvals("PENDING")).anySatisfy(item -> {
            assertThat(item.itemId()).isEqualTo(allocation);
            assertThat(item.kind()).isEqualTo(ApprovalKind.ALLOCATION);
            assertThat(item.amount()).isEqualTo("600000.00");
            assertThat(item.counterparty()).isEqualTo(story.village().value());
            assertThat(item.requestedBy()).isEqualTo("finance");
            assertThat(item.approvalPath())
                    .isEqualTo("/api/funds/" + fund.value() + "/allocations/" + allocation + "/approval");
        }).anySatisfy(item -> {
            assertThat(item.itemId()).isEqualTo(payment);
            assertThat(item.kind()).isEqualTo(ApprovalKind.DISBURSEMENT);
            assertThat(item.subjectId()).isEqualTo(road.value());
            assertThat(item.counterparty()).isEqualTo("晋通路桥工程公司");
            assertThat(item.approvalPath())
                    .isEqualTo("/api/projects/" + road.value() + "/disbursements/" + payment + "/approval");
        });

        story.approveAllocation(fund, allocation, "600000.00").rejectPayment(road, payment, from(fund, "500000.00"));
        events.awaitProjections();

        assertThat(approvals.approvals("PENDING")).noneMatch(item -> item.itemId().equals(allocation)
                || item.itemId().equals(payment));
        assertThat(approvals.approvals("APPROVED")).anySatisfy(item -> {
            assertThat(item.itemId()).isEqualTo(allocation);
            assertThat(item.decidedBy()).isEqualTo("finance2");
            assertThat(item.decidedAt()).isNotNull();
        });
        assertThat(approvals.approvals("REJECTED")).anySatisfy(item -> {
            assertThat(item.itemId()).isEqualTo(payment);
            assertThat(item.decisionNote()).isEqualTo("发票不符");
        });
        assertThat(approvals.approvals(null)).filteredOn(item -> item.subjectId().equals(fund.value())
                || item.subjectId().equals(road.value())).hasSize(2);
    }
}
