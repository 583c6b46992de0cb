package org.fupin.ledger.console.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class YuanTest {

    private final Yuan yuan = new Yuan();

    @Test
    void showsAmountsWithTheYuanSignThousandsSeparatorsAndTwoDecimals() {
        assertThat(yuan.of("1234567.89")).isEqualTo("¥1,234,567.89");
        assertThat(yuan.of("85000.5")).isEqualTo("¥85,000.50");
        assertThat(yuan.of("0.00")).isEqualTo("¥0.00");
        assertThat(yuan.of(null)).isEqualTo("—");
    }

    @Test
    void showsMomentsInShanghaiTime() {
        assertThat(yuan.moment("2026-09-30T16:30:00Z")).isEqualTo("2026-10-01 00:30:00");
    }

    @Test
    void roundsSharesToWholePercentsAndTreatsAZeroWholeAsNothingDone() {
        assertThat(yuan.percent("1.00", "3.00")).isEqualTo(33);
        assertThat(yuan.percent("5.00", "0.00")).isZero();
    }
}
