package org.fupin.ledger.query.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/** The derived figures of a project: its rates and its warning flags, judged against a given day. */
public final class ProjectFigures {

    /** A project in progress with no milestone (nor start) for this many days is stalled. */
    public static final int STALLED_AFTER_DAYS = 60;

    private static final Set<String> OPEN = Set.of("PROPOSED", "APPROVED", "IN_PROGRESS", "SUSPENDED");

    private ProjectFigures() {
    }

    /** Planned end passed and not yet completed (nor accepted, nor cancelled). */
    public static boolean overdue(String status, LocalDate plannedEnd, LocalDate today) {
        return OPEN.contains(status) && plannedEnd.isBefore(today);
    }

    /** In progress, and the latest sign of life (start or milestone) is more than 60 days old. */
    public static boolean stalled(String status, LocalDate startedOn, LocalDate lastMilestoneOn, LocalDate today) {
        LocalDate lastSign = lastMilestoneOn == null || (startedOn != null && startedOn.isAfter(lastMilestoneOn))
                ? startedOn : lastMilestoneOn;
        return "IN_PROGRESS".equals(status)
                && (lastSign == null || lastSign.plusDays(STALLED_AFTER_DAYS).isBefore(today));
    }

    /** {@code part / whole} as a fraction from 0 to 1 with four decimals; 0 when there is no whole. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_EVEN);
    }
}
