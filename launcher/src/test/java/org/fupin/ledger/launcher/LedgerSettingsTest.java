package org.fupin.ledger.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerSettingsTest {

    @Test
    void runsOneInstanceOfEachSideUnlessToldOtherwise() {
        LedgerSettings settings = LedgerSettings.from(Map.of());

        assertThat(settings.commandInstances()).isEqualTo(1);
        assertThat(settings.queryInstances()).isEqualTo(1);
        assertThat(settings.commandPort(0)).isEqualTo(8080);
        assertThat(settings.queryPort(0)).isEqualTo(8081);
    }

    @Test
    void putsEachFurtherInstanceTenPortsAboveThePreviousOne() {
        LedgerSettings settings = LedgerSettings.from(Map.of("LEDGER_COMMAND_INSTANCES", "2",
                "LEDGER_QUERY_INSTANCES", "3", "LEDGER_QUERY_PORT", "18381"));

        assertThat(settings.commandInstances()).isEqualTo(2);
        assertThat(settings.commandPort(1)).isEqualTo(8090);
        assertThat(settings.queryInstances()).isEqualTo(3);
        assertThat(settings.queryPort(1)).isEqualTo(18391);
        assertThat(settings.queryPort(2)).isEqualTo(18401);
    }

    @Test
    void refusesAnInstanceCountItCannotRun() {
        assertThatThrownBy(() -> LedgerSettings.from(Map.of("LEDGER_QUERY_INSTANCES", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEDGER_QUERY_INSTANCES");
        assertThatThrownBy(() -> LedgerSettings.from(Map.of("LEDGER_COMMAND_INSTANCES", "two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'two'");
        assertThatThrownBy(() -> LedgerSettings.from(Map.of("LEDGER_COMMAND_INSTANCES", "10")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
