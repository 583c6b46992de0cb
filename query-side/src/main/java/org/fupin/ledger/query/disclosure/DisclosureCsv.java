package org.fupin.ledger.query.disclosure;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.fupin.ledger.query.disclosure.DisclosureSheet.FundReceipt;
import org.fupin.ledger.query.disclosure.DisclosureSheet.FundReturn;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Income;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Payment;
import org.fupin.ledger.query.disclosure.DisclosureSheet.ProjectLine;
import org.fupin.ledger.query.disclosure.DisclosureSheet.Spending;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The sheet as one RFC 4180 table, one row per line of the notice, so that spreadsheets and scripts read
 * it alike. It starts with a byte-order mark, which spreadsheet programs need to read Chinese as UTF-8.
 * A text cell that a spreadsheet would take for a formula ({@code = + - @}) is prefixed with an apostrophe.
 */
final class DisclosureCsv {

    private static final String[] COLUMNS = {"section", "date", "id", "name", "source", "reference", "status",
            "progressPercent", "budget", "amount", "paidToDate", "held", "note"};

    private DisclosureCsv() {
    }

    static String write(DisclosureSheet sheet) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(COLUMNS).get().print(out)) {
            row(csv, "VILLAGE", null, sheet.villageId(), sheet.villageName(), sheet.county() + " " + sheet.town(),
                    null, sheet.periodClosed() ? "CLOSED" : "OPEN", null, null, null, null, null,
                    sheet.period() + " (" + sheet.firstDay() + " to " + sheet.lastDay() + ")");
            for (FundReceipt r : sheet.fundsReceived()) {
                row(csv, "FUNDS_RECEIVED", r.date(), r.allocationId(), r.fundName(), r.fundId(), r.documentNo(),
                        null, null, null, r.amount(), null, null, r.purpose());
            }
            total(csv, "FUNDS_RECEIVED_TOTAL", sheet.fundsReceivedTotal());
            for (FundReturn r : sheet.fundsReturned()) {
                row(csv, "FUNDS_RETURNED", r.date(), r.returnId(), r.fundName(), r.fundId(), null, null, null, null,
                        r.amount(), null, null, r.reason());
            }
            total(csv, "FUNDS_RETURNED_TOTAL", sheet.fundsReturnedTotal());
            total(csv, "FUNDS_AVAILABLE_AT_END", sheet.fundsAvailableAtEnd());
            for (ProjectLine p : sheet.projects()) {
                row(csv, "PROJECT", null, p.id(), p.name(), p.type(), null, p.status(), p.progressPercent(),
                        p.budget(), p.paidInPeriod(), p.paidToDate(), p.held(), null);
                for (Payment payment : p.payments()) {
                    row(csv, payment.reversal() ? "PAYMENT_REVERSED" : "PAYMENT", payment.date(),
                            payment.disbursementId(), payment.payee(), p.id(), payment.voucherNo(), null, null, null,
                            payment.amount(), null, null, null);
                }
            }
            for (Income i : sheet.collectiveIncome()) {
                row(csv, "COLLECTIVE_INCOME", i.date(), i.incomeId(), i.category(), i.assetProjectId(), i.receiptNo(),
                        null, null, null, i.amount(), null, null, i.incomePeriod());
            }
            total(csv, "COLLECTIVE_INCOME_TOTAL", sheet.collectiveIncomeTotal());
            for (Spending s : sheet.collectiveSpending()) {
                row(csv, "COLLECTIVE_SPENDING", s.date(), s.spendingId(), s.purpose(), null, null, null, null, null,
                        s.amount(), null, null, s.note());
            }
            total(csv, "COLLECTIVE_SPENDING_TOTAL", sheet.collectiveSpendingTotal());
            total(csv, "COLLECTIVE_BALANCE_AT_END", sheet.collectiveBalanceAtEnd());
            DisclosureSheet.IntegrityHead head = sheet.integrity();
            row(csv, "INTEGRITY_HEAD", null, head.position(), null, null, head.hash(),
                    head.complete() ? "COMPLETE" : "PROVISIONAL", null, null, null, null, null, head.pin());
            DisclosureSheet.Closing closing = sheet.closing();
            if (closing.isFinal()) {
                row(csv, "FINAL", closing.closedAt() == null ? null : closing.closedAt().toString(), null, null,
                        closing.closedBy(), null, "CLOSED " + closing.closedWith(), null, null, null, null, null,
                        closing.integrityHead());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void total(CSVPrinter csv, String section, String amount) throws IOException {
        row(csv, section, null, null, null, null, null, null, null, null, amount, null, null, null);
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        csv.printRecord(Arrays.stream(cells).map(DisclosureCsv::cell));
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
