package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.period.EffectiveDate;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The day a money entry counts from, for the time-based warnings: its effective (voucher) date where the event
 * or read model keeps one, else the day it was recorded in Asia/Shanghai ({@link EffectiveDate} holds the rule).
 * Payments' read model keeps no effective date, so payments count from the day they were recorded.
 */
final class EffectiveDay {

    private EffectiveDay() {
    }

    /** The effective day of a money event recorded at {@code recordedAt}. */
    static LocalDate of(Object event, Instant recordedAt) {
        return EffectiveDate.of(event, recordedAt).orElseGet(() -> EffectiveDate.recordedOn(recordedAt));
    }

    /** SQL for the recording day of a read-model row whose recording time is in {@code recordedAtColumn}. */
    static String sql(String recordedAtColumn) {
        return "(" + recordedAtColumn + " AT TIME ZONE 'Asia/Shanghai')::date";
    }

    /** SQL for the effective day of a row that keeps it in {@code effectiveColumn} (NULL before it existed). */
    static String sql(String effectiveColumn, String recordedAtColumn) {
        return "coalesce(" + effectiveColumn + ", " + sql(recordedAtColumn) + ")";
    }
}
