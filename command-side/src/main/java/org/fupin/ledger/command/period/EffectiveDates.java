package org.fupin.ledger.command.period;

import org.fupin.ledger.command.http.RequestFields;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * "Today" on the ledger's calendar (Asia/Shanghai), from the injectable {@link Clock}, and the effective date
 * of a money command as the client sent it, or today when left out.
 */
@Component
public class EffectiveDates {

    /** The ledger keeps China's calendar. */
    public static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
    static final String FIELD = "effectiveDate";

    private final Clock clock;

    public EffectiveDates(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LEDGER_ZONE);
    }

    YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /** The optional {@code effectiveDate} field ({@code yyyy-MM-dd}); today when it is absent or null. */
    public LocalDate read(RequestFields fields) {
        LocalDate given = fields.optionalDate(FIELD);
        return given == null ? today() : given;
    }
}
