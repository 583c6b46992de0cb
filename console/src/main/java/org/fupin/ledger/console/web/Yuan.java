package org.fupin.ledger.console.web;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Amounts and moments as the pages show them: {@code ¥1,234,567.89} from the APIs' decimal strings, and
 * times in Asia/Shanghai, the ledger's zone. Templates call it as {@code ${@yuan.of(fund.amount)}}.
 */
@Component("yuan")
public class Yuan {

    public static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(LEDGER_ZONE);

    /** {@code "1234567.8"} as {@code ¥1,234,567.80}; an absent amount as a dash. */
    public String of(String amount) {
        if (amount == null || amount.isBlank()) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(amount));
    }

    /** A share as a whole percent for progress bars: {@code part / whole}, 0 when the whole is zero. */
    public int percent(String part, String whole) {
        BigDecimal total = new BigDecimal(whole);
        if (total.signum() == 0) {
            return 0;
        }
        return new BigDecimal(part).multiply(BigDecimal.valueOf(100))
                .divide(total, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** An API timestamp (ISO instant) in the ledger's zone, {@code yyyy-MM-dd HH:mm:ss}. */
    public String moment(String instant) {
        return instant == null ? "—" : MOMENT.format(Instant.parse(instant));
    }
}
