package org.fupin.ledger.query.period;

import org.fupin.ledger.query.inspection.AsOf;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.CollectiveSpendingRecorded;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.project.DisbursementReversed;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The day a money entry counts for in reports by period: the voucher or document date it was sent with. An
 * entry stored before money events carried one ({@code effectiveDate} null) is effective on the day it was
 * recorded, in Asia/Shanghai. The one home of that rule on the query side.
 */
public final class EffectiveDate {

    private EffectiveDate() {
    }

    /** The effective date of a money event; empty for any other event. */
    public static Optional<LocalDate> of(Object payload, Instant recorded) {
        LocalDate given;
        if (payload instanceof FundsAllocated e) {
            given = e.effectiveDate();
        } else if (payload instanceof AllocationReceived e) {
            given = e.effectiveDate();
        } else if (payload instanceof FundsReturned e) {
            given = e.effectiveDate();
        } else if (payload instanceof ReturnedFundsReceived e) {
            given = e.effectiveDate();
        } else if (payload instanceof FundsCommitted e) {
            given = e.effectiveDate();
        } else if (payload instanceof FundsDisbursed e) {
            given = e.effectiveDate();
        } else if (payload instanceof DisbursementReversed e) {
            given = e.effectiveDate();
        } else if (payload instanceof CollectiveIncomeRecorded e) {
            given = e.effectiveDate();
        } else if (payload instanceof CollectiveSpendingRecorded e) {
            given = e.effectiveDate();
        } else {
            return Optional.empty();
        }
        return Optional.of(given != null ? given : recordedOn(recorded));
    }

    /** The day an event was recorded, in Asia/Shanghai. */
    public static LocalDate recordedOn(Instant recorded) {
        return LocalDate.ofInstant(recorded, AsOf.LEDGER_ZONE);
    }

    /** An entry is backdated when it takes effect in an earlier month than the one it was recorded in. */
    public static boolean backdated(LocalDate effective, Instant recorded) {
        return YearMonth.from(effective).isBefore(YearMonth.from(recordedOn(recorded)));
    }
}
