package org.fupin.ledger.query.inspection;

import org.fupin.ledger.query.http.BadQuery;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A moment to look back at: an ISO instant ({@code 2026-09-30T08:00:00Z}, or with an offset), or a date,
 * which means the end of that day in Asia/Shanghai. Events strictly before {@link #end()} count.
 */
public record AsOf(Instant end, LocalDate day) {

    public static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

    public static AsOf parse(String parameter, String text) {
        if (text == null || text.length() > 40) {
            throw new BadQuery(parameter + " must be an ISO instant like 2026-09-30T08:00:00Z or a date like 2026-09-30");
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return new AsOf(day.plusDays(1).atStartOfDay(LEDGER_ZONE).toInstant(), day);
            }
            OffsetDateTime moment = OffsetDateTime.parse(text);
            if (moment.getYear() >= 1 && moment.getYear() <= 9999) {
                Instant instant = moment.toInstant();
                return new AsOf(instant.plusNanos(1), instant.atZone(LEDGER_ZONE).toLocalDate());
            }
        } catch (DateTimeException e) {
            // refused below
        }
        throw new BadQuery(parameter + " must be an ISO instant like 2026-09-30T08:00:00Z or a date like 2026-09-30");
    }

    public boolean includes(Instant timestamp) {
        return timestamp.isBefore(end);
    }
}
