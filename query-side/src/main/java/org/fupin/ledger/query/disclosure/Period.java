package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.http.BadQuery;
import org.fupin.ledger.query.inspection.AsOf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A disclosure period: a month ({@code 2026-09}) or a quarter ({@code 2026-Q3}), from its first day to its
 * last, in Asia/Shanghai. Events stored from {@link #start()} up to, not including, {@link #end()} belong to it.
 */
record Period(String label, LocalDate firstDay, LocalDate lastDay) {

    private static final Pattern QUARTER = Pattern.compile("([0-9]{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    static Period parse(String text) {
        if (text != null) {
            Matcher quarter = QUARTER.matcher(text);
            if (quarter.matches()) {
                YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)),
                        (Integer.parseInt(quarter.group(2)) - 1) * 3 + 1);
                return new Period(text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (MONTH.matcher(text).matches()) {
                try {
                    YearMonth month = YearMonth.parse(text);
                    return new Period(text, month.atDay(1), month.atEndOfMonth());
                } catch (DateTimeParseException e) {
                    // falls through to the refusal below
                }
            }
        }
        throw new BadQuery("period must be a quarter like 2026-Q3 or a month like 2026-09");
    }

    Instant start() {
        return firstDay.atStartOfDay(AsOf.LEDGER_ZONE).toInstant();
    }

    Instant end() {
        return lastDay.plusDays(1).atStartOfDay(AsOf.LEDGER_ZONE).toInstant();
    }

    boolean includes(Instant moment) {
        return !moment.isBefore(start()) && moment.isBefore(end());
    }
}
