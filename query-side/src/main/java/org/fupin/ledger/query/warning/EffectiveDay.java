package org.fupin.ledger.query.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a money entry counts from, for the time-based warnings.
 *
 * <p>THE PLACE WHERE EFFECTIVE DATES PLUG IN. Events do not carry a voucher date yet, so an entry counts from
 * the day it was recorded, in Asia/Shanghai. When events gain an optional {@code effectiveDate}, {@link #of}
 * takes it (falling back to the recording day), and {@link #sql} reads the read models' effective-date column
 * instead of {@code recorded_at}.
 */
final class EffectiveDay {

    static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

    private EffectiveDay() {
    }

    /** The effective day of an event recorded at {@code recordedAt}. */
    static LocalDate of(Instant recordedAt) {
        return recordedAt.atZone(LEDGER_ZONE).toLocalDate();
    }

    /** SQL for the effective day of a read-model row whose recording time is in {@code recordedAtColumn}. */
    static String sql(String recordedAtColumn) {
        return "(" + recordedAtColumn + " AT TIME ZONE 'Asia/Shanghai')::date";
    }
}
