package org.fupin.ledger.console.warning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/** A warning as the query side answers it; {@code acknowledgement} is null until an inspector acknowledges it. */
public record WarningView(String id, String rule, int ruleVersion, String severity, Subject subject, LocalDate since,
                          Map<String, String> detail, String villageId, String town, boolean acknowledged,
                          Acknowledgement acknowledgement) {

    public record Subject(String type, String id) {
    }

    public record Acknowledgement(String by, Instant at, String note) {

        /** When, on the ledger's calendar (Asia/Shanghai). */
        public ZonedDateTime localTime() {
            return at.atZone(ZoneId.of("Asia/Shanghai"));
        }
    }
}
