package org.fupin.ledger.query.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The public notice (村务公开) of one village for one period: the poverty-fund money it received and
 * returned, its projects with their budgets, payments and progress, its collective income and spending,
 * and the integrity head at the end of the period, which pins everything the sheet was computed from.
 * Lists hold what happened within the period; balances are as they stood at its end.
 */
record DisclosureSheet(String villageId, String villageName, String town, String county, String period,
                       LocalDate firstDay, LocalDate lastDay, boolean periodClosed,
                       List<FundReceipt> fundsReceived, String fundsReceivedTotal,
                       List<FundReturn> fundsReturned, String fundsReturnedTotal,
                       String fundsAvailableAtEnd,
                       List<ProjectLine> projects,
                       List<Income> collectiveIncome, String collectiveIncomeTotal,
                       List<Spending> collectiveSpending, String collectiveSpendingTotal,
                       String collectiveBalanceAtEnd,
                       IntegrityHead integrity, Closing closing) {

    /** Money credited to the village from a fund source, under the allocation's document number. */
    record FundReceipt(LocalDate date, String fundId, String fundName, String fundLevel, String allocationId,
                       String documentNo, String purpose, String amount) {
    }

    record FundReturn(LocalDate date, String fundId, String fundName, String returnId, String reason, String amount) {
    }

    /** A project as it stood at the end of the period, with what was paid or reversed within it. */
    record ProjectLine(String id, String name, String type, String status, String budget, String committed,
                       String paidInPeriod, String reversedInPeriod, String paidToDate, String held,
                       int progressPercent, List<Payment> payments) {
    }

    /** A payment within the period; a reversal (冲销) names the payment it corrects. */
    record Payment(LocalDate date, String disbursementId, boolean reversal, String payee, String voucherNo,
                   String amount) {
    }

    record Income(LocalDate date, String incomeId, String category, String incomePeriod, String receiptNo,
                  String assetProjectId, String amount) {
    }

    record Spending(LocalDate date, String spendingId, String purpose, String note, String amount) {
    }

    /**
     * The hash chain's head at the end of the period; {@code pin} goes to {@code GET /api/integrity?pin=}.
     * Not {@code complete} while the period is open or its last events are still being sealed.
     */
    record IntegrityHead(Long position, String hash, String pin, boolean complete) {
    }

    /**
     * Whether the sheet is final (已结账): every month of its period is closed, so nothing can take effect in
     * it any more. Then {@code closedWith} is the close that closed its last month, and {@code integrityHead}
     * the head pinned at that close ({@code position:hash}).
     */
    record Closing(boolean isFinal, YearMonth closedWith, Instant closedAt, String closedBy, String integrityHead) {
    }
}
