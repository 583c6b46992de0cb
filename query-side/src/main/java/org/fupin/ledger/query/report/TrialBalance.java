package org.fupin.ledger.query.report;

import org.fupin.ledger.query.position.FundPosition;
import org.fupin.ledger.query.position.FundSourcePosition;

import java.util.List;

import static org.fupin.ledger.query.Amounts.format;

/**
 * Where all poverty-fund money is right now. It ties out when
 * {@code fundsTotal = unallocated + villageAvailable + projectHeld + disbursed + pendingApproval}, where each
 * term comes from the ledger that owns it: unallocated from the funds, available from the village accounts, held
 * from the projects, disbursed from the payments, and pendingApproval (allocations and payments reserved until a
 * second finance officer decides) from the funds and projects that reserved it, cross-checked against the list
 * of pending approvals. So a read model that lost or doubled a commitment, a payment or a
 * release no longer ties out, and {@code crossChecks} names the flow whose two sides disagree.
 * {@code difference} is {@code fundsTotal} minus the five terms. Collective-economy money is not poverty-fund
 * money and never appears here.
 */
public record TrialBalance(String fundsTotal, String unallocated, String villageAvailable, String projectHeld,
                           String disbursed, boolean balanced, String difference, List<CrossCheck> crossChecks,
                           String pendingApproval) {

    /**
     * One flow of money as both of its sides recorded it, e.g. what villages committed against what projects
     * received as commitments; {@code difference} is {@code fromAmount - toAmount}, zero when they agree.
     */
    public record CrossCheck(String flow, String from, String fromAmount, String to, String toAmount,
                             String difference, boolean agrees) {

        static CrossCheck of(String flow, String from, long fromAmount, String to, long toAmount) {
            return new CrossCheck(flow, from, format(fromAmount), to, format(toAmount), format(fromAmount - toAmount),
                    fromAmount == toAmount);
        }
    }

    /**
     * The trial balance from each ledger's totals: the funds', the villages' (summed over their per-fund rows),
     * the projects' and the sum of payments not reversed.
     */
    static TrialBalance of(FundSourcePosition funds, FundPosition villages, FundPosition projects, long payments,
                           long listedPending) {
        long pending = funds.pendingApproval() + projects.pendingApproval();
        long terms = funds.unallocated() + villages.available() + projects.held() + payments + pending;
        long difference = funds.amount() - terms;
        return new TrialBalance(format(funds.amount()), format(funds.unallocated()), format(villages.available()),
                format(projects.held()), format(payments), difference == 0, format(difference), List.of(
                CrossCheck.of("allocated", "funds", funds.allocated(), "villages", villages.received()),
                CrossCheck.of("returned", "villages", villages.returned(), "funds", funds.returned()),
                CrossCheck.of("committed", "villages", villages.committed(), "projects", projects.committed()),
                CrossCheck.of("released", "projects", projects.released(), "villages", villages.released()),
                CrossCheck.of("disbursed", "projects", projects.disbursed(), "payments", payments),
                CrossCheck.of("pendingApproval", "funds and projects", pending, "approvals", listedPending)),
                format(pending));
    }
}
