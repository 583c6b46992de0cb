package org.fupin.ledger.command.period;

import org.fupin.ledger.command.http.RequestFields;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveDatesTest {

    /** 2026-11-01 01:00 in Shanghai, still 2026-10-31 in UTC. */
    private final EffectiveDates dates = new EffectiveDates(
            Clock.fixed(Instant.parse("2026-10-31T17:00:00Z"), ZoneOffset.UTC));

    private static RequestFields fields(String json) {
        return RequestFields.of(JsonMapper.builder().build().readTree(json));
    }

    @Test
    void todayIsShanghaisWhateverTheClocksZone() {
        assertThat(dates.today()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void anEntryWithoutEffectiveDateIsEffectiveToday() {
        assertThat(dates.read(fields("{}"))).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(dates.read(fields("{\"effectiveDate\": null}"))).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void anEntryKeepsTheVoucherDateItWasSentWith() {
        assertThat(dates.read(fields("{\"effectiveDate\": \"2026-09-30\"}"))).isEqualTo(LocalDate.of(2026, 9, 30));
    }
}
