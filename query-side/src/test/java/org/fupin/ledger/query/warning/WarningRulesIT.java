package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules file: versions in force, and every way a file is refused. */
@QuerySideTest
class WarningRulesIT {

    @Autowired
    List<WarningCheck> checks;
    @Autowired
    WarningRules loaded;
    @Autowired
    JdbcClient jdbc;

    private List<WarningRule> parse(String yaml) {
        return WarningRules.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), checks);
    }

    @Test
    void theDefaultFileHasEveryRuleInForceAtVersionOne() {
        assertThat(loaded.inForce()).extracting(WarningRule::name).containsExactly("CONCENTRATED_PAYEE",
                "FUND_YEAR_MISMATCH", "IDLE_FUNDS", "OVERDUE_PROJECT", "PAYMENT_AHEAD_OF_PROGRESS", "STALLED_PROJECT",
                "UNDISTRIBUTED_INCOME");
        assertThat(loaded.inForce()).allSatisfy(rule -> assertThat(rule.version()).isEqualTo(1));
    }

    @Test
    void theHighestVersionOfARuleIsInForce() {
        List<WarningRule> versions = parse("""
                rules:
                  - {name: IDLE_FUNDS, version: 1, severity: MEDIUM, parameters: {idleDays: 90}}
                  - {name: IDLE_FUNDS, version: 2, severity: HIGH, parameters: {idleDays: 60}}
                """);
        assertThat(WarningRules.inForce(versions)).singleElement().satisfies(rule -> {
            assertThat(rule.version()).isEqualTo(2);
            assertThat(rule.number("idleDays")).isEqualTo(60);
            assertThat(rule.severity()).isEqualTo(Severity.HIGH);
        });
    }

    @Test
    void refusesTheSameNameAndVersionWithOtherParameters() {
        assertThatThrownBy(() -> parse("""
                rules:
                  - {name: IDLE_FUNDS, version: 1, severity: MEDIUM, parameters: {idleDays: 90}}
                  - {name: IDLE_FUNDS, version: 1, severity: MEDIUM, parameters: {idleDays: 60}}
                """)).hasMessageContaining("IDLE_FUNDS version 1 appears twice with different contents");
    }

    @Test
    void refusesAVersionThatReadsDifferentlyFromWhenItWasFirstLoaded() {
        String name = "IDLE_FUNDS";
        int version = 1000 + (int) (System.nanoTime() % 100000);
        WarningRule first = new WarningRule(name, version, Severity.MEDIUM, java.util.Map.of("idleDays", 90));
        WarningRules.remember(List.of(first), jdbc);
        WarningRules.remember(List.of(first), jdbc);

        WarningRule edited = new WarningRule(name, version, Severity.MEDIUM, java.util.Map.of("idleDays", 60));
        assertThatThrownBy(() -> WarningRules.remember(List.of(edited), jdbc))
                .hasMessageContaining("was loaded before").hasMessageContaining("is a new version");
        WarningRule louder = new WarningRule(name, version, Severity.HIGH, java.util.Map.of("idleDays", 90));
        assertThatThrownBy(() -> WarningRules.remember(List.of(louder), jdbc)).hasMessageContaining("was loaded before");
    }

    @Test
    void refusesUnknownRulesSeveritiesAndParameters() {
        assertThatThrownBy(() -> parse("rules:\n  - {name: NO_SUCH_RULE, version: 1, severity: LOW}"))
                .hasMessageContaining("unknown rule 'NO_SUCH_RULE'");
        assertThatThrownBy(() -> parse("rules:\n  - {name: OVERDUE_PROJECT, version: 1, severity: URGENT}"))
                .hasMessageContaining("severity must be one of");
        assertThatThrownBy(() -> parse("rules:\n  - {name: IDLE_FUNDS, version: 1, severity: LOW, parameters: {days: 9}}"))
                .hasMessageContaining("parameters must be exactly [idleDays]");
        assertThatThrownBy(() -> parse("rules:\n  - {name: IDLE_FUNDS, version: 1, severity: LOW, parameters: {idleDays: x}}"))
                .hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> parse("rules:\n  - {name: IDLE_FUNDS, version: 0, severity: LOW, parameters: {idleDays: 9}}"))
                .hasMessageContaining("version must be a whole number from 1");
        assertThatThrownBy(() -> parse("nothing: here")).hasMessageContaining("a list under 'rules'");
    }
}
