package org.fupin.ledger.console.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A project as the query side answers it: money, progress, the overdue and stalled flags, milestones. */
public record ProjectView(String id, String villageId, String type, String name, String status, String budget,
                          String committed, String disbursed, String released, String held, int progressPercent,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                          BigDecimal fundsInPlaceRate, BigDecimal paymentRate, List<Milestone> milestones) {

    public record Milestone(String id, String title, LocalDate date, int progressPercent, String note) {
    }
}
