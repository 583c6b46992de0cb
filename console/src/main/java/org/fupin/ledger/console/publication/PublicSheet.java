package org.fupin.ledger.console.publication;

import java.time.LocalDate;
import java.util.List;

/** The disclosure sheet as {@code GET /api/public/villages/{id}/disclosure} serves it; amounts as the API writes them. */
record PublicSheet(String villageId, String villageName, String town, String county, String period,
                   LocalDate firstDay, LocalDate lastDay, boolean periodClosed,
                   List<FundReceipt> fundsReceived, String fundsReceivedTotal,
                   List<FundReturn> fundsReturned, String fundsReturnedTotal, String fundsAvailableAtEnd,
                   List<ProjectLine> projects,
                   List<Income> collectiveIncome, String collectiveIncomeTotal,
                   List<Spending> collectiveSpending, String collectiveSpendingTotal, String collectiveBalanceAtEnd,
                   IntegrityHead integrity) {

    record FundReceipt(LocalDate date, String fundName, String fundLevel, String documentNo, String purpose,
                       String amount) {
    }

    record FundReturn(LocalDate date, String fundName, String reason, String amount) {
    }

    record ProjectLine(String name, String type, String status, String budget, String committed, String paidInPeriod,
                       String paidToDate, String held, int progressPercent, List<Payment> payments) {
    }

    record Payment(LocalDate date, boolean reversal, String payee, String voucherNo, String amount) {
    }

    record Income(LocalDate date, String category, String incomePeriod, String receiptNo, String amount) {
    }

    record Spending(LocalDate date, String purpose, String note, String amount) {
    }

    record IntegrityHead(Long position, String hash, String pin, boolean complete) {
    }

    /** What {@code GET /api/public/integrity?pin=} says of the head. */
    record PinCheck(String pin, boolean unchanged, long eventsChecked) {
    }
}
