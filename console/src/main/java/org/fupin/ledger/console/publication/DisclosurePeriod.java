package org.fupin.ledger.console.publication;

import org.fupin.ledger.console.web.Yuan;

import java.time.LocalDate;

/** A notice's period as the API names it; when a page names none, the current quarter (Asia/Shanghai). */
public final class DisclosurePeriod {

    private DisclosurePeriod() {
    }

    /** {@code period} when given, else the current quarter, e.g. {@code 2026-Q4}. */
    public static String orCurrentQuarter(String period) {
        if (period != null && !period.isBlank()) {
            return period.trim();
        }
        LocalDate today = LocalDate.now(Yuan.LEDGER_ZONE);
        return today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }
}
