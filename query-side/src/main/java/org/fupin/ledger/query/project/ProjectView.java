package org.fupin.ledger.query.project;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.project.PaymentAdvance;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project as a village secretary, finance officer or inspector sees it. {@code held} is committed minus
 * paid minus what a cancellation released minus what payments waiting for approval reserve
 * ({@code pendingApproval}); the rates are fractions of the budget from 0 to 1. {@code verifiedProgressPercent} is
 * the highest confirmed milestone; {@code payableNow} what the project may pay at once under payment by verified
 * progress (absent from a replay of an earlier moment: it is a judgement of now). {@code startedOn}
 * and {@code completedOn} are the actual dates the secretary reported (null until then).
 */
public record ProjectView(String id, String villageId, String type, String name, String status, String budget,
                          String committed, String disbursed, String released, String held, int progressPercent,
                          LocalDate plannedStart, LocalDate plannedEnd, boolean overdue, boolean stalled,
                          BigDecimal fundsInPlaceRate, BigDecimal paymentRate, Map<String, Object> spec,
                          List<Milestone> milestones, List<FundMoney> byFund, LocalDate startedOn,
                          LocalDate completedOn, String pendingApproval, int verifiedProgressPercent,
                          String payableNow) {

    /** What a project is, apart from its money and milestones. */
    public record Facts(String id, String villageId, String type, String name, String status, long budget,
                        int progressPercent, LocalDate plannedStart, LocalDate plannedEnd, LocalDate startedOn,
                        LocalDate completedOn, LocalDate lastMilestoneOn, Map<String, Object> spec,
                        int verifiedProgressPercent) {

        /** A project with no verified progress. */
        public Facts(String id, String villageId, String type, String name, String status, long budget,
                     int progressPercent, LocalDate plannedStart, LocalDate plannedEnd, LocalDate startedOn,
                     LocalDate completedOn, LocalDate lastMilestoneOn, Map<String, Object> spec) {
            this(id, villageId, type, name, status, budget, progressPercent, plannedStart, plannedEnd, startedOn,
                    completedOn, lastMilestoneOn, spec, 0);
        }
    }

    /**
     * The view of a project now: its money adds up to {@code money}, its flags are judged against {@code today}
     * and what it may pay now by {@code advance}.
     */
    public static ProjectView of(Facts project, FundPosition money, LocalDate today, List<Milestone> milestones,
                                 List<FundMoney> byFund, PaymentAdvance advance) {
        Money payable = advance.payableNow(Money.ofFen(project.budget()), project.verifiedProgressPercent(),
                Money.ofFen(money.paidOrPending()), Money.ofFen(Math.max(0, money.held())));
        return of(project, money, today, milestones, byFund, Amounts.format(payable.fen()));
    }

    /** The view of a project as it stood at an earlier moment, replayed: without {@code payableNow}. */
    public static ProjectView of(Facts project, FundPosition money, LocalDate today, List<Milestone> milestones,
                                 List<FundMoney> byFund) {
        return of(project, money, today, milestones, byFund, (String) null);
    }

    private static ProjectView of(Facts project, FundPosition money, LocalDate today, List<Milestone> milestones,
                                  List<FundMoney> byFund, String payableNow) {
        return new ProjectView(project.id(), project.villageId(), project.type(), project.name(), project.status(),
                Amounts.format(project.budget()), Amounts.format(money.committed()),
                Amounts.format(money.disbursed()), Amounts.format(money.released()), Amounts.format(money.held()),
                project.progressPercent(), project.plannedStart(), project.plannedEnd(),
                ProjectFigures.overdue(project.status(), project.plannedEnd(), today),
                ProjectFigures.stalled(project.status(), project.startedOn(), project.lastMilestoneOn(), today),
                ProjectFigures.rate(money.netCommitted(), project.budget()),
                ProjectFigures.rate(money.disbursed(), project.budget()), project.spec(), milestones, byFund,
                project.startedOn(), project.completedOn(),
                Amounts.format(money.pendingApproval()), project.verifiedProgressPercent(), payableNow);
    }

    /**
     * A reported milestone; a milestone reported without a note shows an empty one, live and replayed alike.
     * {@code verification} is null until an inspector or finance officer verified it.
     */
    public record Milestone(String id, String title, LocalDate date, int progressPercent, String note,
                            Verification verification) {

        public Milestone {
            note = note == null ? "" : note;
        }

        /** A milestone nobody verified yet. */
        public Milestone(String id, String title, LocalDate date, int progressPercent, String note) {
            this(id, title, date, progressPercent, note, null);
        }
    }

    /** What a milestone's verifier found ({@code CONFIRMED} or {@code REJECTED}), who they were and when. */
    public record Verification(String verdict, String verifiedBy, Instant verifiedAt, String note) {
    }

    /**
     * The project's money of one fund source: committed from it, released back to the village by a
     * cancellation, paid out, and still held ({@code committed - released - disbursed}).
     */
    public record FundMoney(String fundId, String committed, String released, String disbursed, String held,
                            String pendingApproval) {

        /** A fund's money with no payment of it waiting for approval. */
        public FundMoney(String fundId, String committed, String released, String disbursed, String held) {
            this(fundId, committed, released, disbursed, held, Amounts.format(0));
        }

        public static FundMoney of(String fundId, FundPosition money) {
            return new FundMoney(fundId, Amounts.format(money.committed()), Amounts.format(money.released()),
                    Amounts.format(money.disbursed()), Amounts.format(money.held()),
                    Amounts.format(money.pendingApproval()));
        }
    }
}
