package org.fupin.ledger.query.project;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.position.FundPosition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as a village secretary, finance officer or inspector sees it. {@code held} is committed minus
 * paid minus what a cancellation released; the rates are fractions of the budget from 0 to 1. {@code startedOn}
 * and {@code completedOn} are the actual dates the secretary reported (null until then).
 */
public record ProjectView(String id, String villageId, String type, String name, String status, String budget,
                          String committed, String disbursed, String released, String held, int progressPercent,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                          BigDecimal fundsInPlaceRate, BigDecimal paymentRate, Map<String, Object> spec,
                          List<Milestone> milestones, List<FundMoney> byFund, LocalDate startedOn,
                          LocalDate completedOn) {

    /** What a project is, apart from its money and milestones. */
    public record Facts(String id, String villageId, String type, String name, String status, long budget,
                        int progressPercent, LocalDate plannedStart, LocalDate plannedEnd, LocalDate startedOn,
                        LocalDate completedOn, LocalDate lastMilestoneOn, Map<String, Object> spec) {
    }

    /** The view of a project whose money adds up to {@code money}, with its flags judged against {@code today}. */
    public static ProjectView of(Facts project, FundPosition money, LocalDate today, List<Milestone> milestones,
                                 List<FundMoney> byFund) {
        return new ProjectView(project.id(), project.villageId(), project.type(), project.name(), project.status(),
                Amounts.format(project.budget()), Amounts.format(money.committed()),
                Amounts.format(money.disbursed()), Amounts.format(money.released()), Amounts.format(money.held()),
                project.progressPercent(), project.plannedStart(), project.plannedEnd(),
                ProjectFigures.overdue(project.status(), project.plannedEnd(), today),
                ProjectFigures.stalled(project.status(), project.startedOn(), project.lastMilestoneOn(), today),
                ProjectFigures.rate(money.netCommitted(), project.budget()),
                ProjectFigures.rate(money.disbursed(), project.budget()), project.spec(), milestones, byFund,
                project.startedOn(), project.completedOn());
    }

    /** A reported milestone; a milestone reported without a note shows an empty one, live and replayed alike. */
    public record Milestone(String id, String title, LocalDate date, int progressPercent, String note) {

        public Milestone {
            note = note == null ? "" : note;
        }
    }

    /**
     * The project's money of one fund source: committed from it, released back to the village by a
     * cancellation, paid out, and still held ({@code committed - released - disbursed}).
     */
    public record FundMoney(String fundId, String committed, String released, String disbursed, String held) {

        public static FundMoney of(String fundId, FundPosition money) {
            return new FundMoney(fundId, Amounts.format(money.committed()), Amounts.format(money.released()),
                    Amounts.format(money.disbursed()), Amounts.format(money.held()));
        }
    }
}
