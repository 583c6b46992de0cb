package org.fupin.ledger.query.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as a village secretary, finance officer or inspector sees it. {@code held} is committed minus
 * paid minus what a cancellation released; the rates are fractions of the budget from 0 to 1.
 */
public record ProjectView(String id, String villageId, String type, String name, String status, String budget,
                          String committed, String disbursed, String released, String held, int progressPercent,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                          BigDecimal fundsInPlaceRate, BigDecimal paymentRate, Map<String, Object> spec,
                          List<Milestone> milestones, List<FundMoney> byFund) {

    public record Milestone(String id, String title, LocalDate date, int progressPercent, String note) {
    }

    public record FundMoney(String fundId, String committed, String disbursed, String held) {
    }
}
