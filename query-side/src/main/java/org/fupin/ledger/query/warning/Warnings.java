package org.fupin.ledger.query.warning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges every rule in force against the read models on request, "today" being the injected clock's day in
 * Asia/Shanghai, and marks the warnings inspectors have acknowledged. Each rule reads with one or two
 * set-based queries, whatever the number of villages; nothing replays events.
 */
@Component
public class Warnings {

    private static final Comparator<Warning> MOST_URGENT_FIRST = Comparator
            .comparing(Warning::severity, Comparator.reverseOrder())
            .thenComparing(Warning::since).thenComparing(Warning::id);

    private final WarningRules rules;
    private final Map<String, WarningCheck> checks;
    private final JdbcClient jdbc;
    private final Clock clock;

    Warnings(WarningRules rules, List<WarningCheck> checks, JdbcClient jdbc, Clock clock) {
        this.rules = rules;
        this.checks = checks.stream().collect(Collectors.toMap(WarningCheck::name, Function.identity()));
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Which warnings to answer; a null field does not filter. */
    public record Filter(String villageId, String town, String rule, Boolean acknowledged) {

        public static final Filter ALL = new Filter(null, null, null, null);

        boolean admits(Warning warning) {
            return (villageId == null || villageId.equals(warning.villageId()))
                    && (town == null || town.equals(warning.town()))
                    && (rule == null || rule.equals(warning.rule()))
                    && (acknowledged == null || acknowledged == warning.acknowledged());
        }
    }

    /** The warnings that hold today, most urgent first. */
    public List<Warning> list(Filter filter) {
        return list(filter, LocalDate.now(clock));
    }

    /** The names of the rules in force. */
    public List<String> ruleNames() {
        return rules.inForce().stream().map(WarningRule::name).toList();
    }

    List<Warning> list(Filter filter, LocalDate today) {
        Map<String, Warning.Acknowledgement> acknowledgements = acknowledgements();
        return rules.inForce().stream()
                .filter(rule -> filter.rule() == null || filter.rule().equals(rule.name()))
                .flatMap(rule -> checks.get(rule.name()).evaluate(rule, today).stream())
                .map(warning -> {
                    Warning.Acknowledgement acknowledgement = acknowledgements.get(warning.id());
                    return acknowledgement == null ? warning : warning.acknowledgedWith(acknowledgement);
                })
                .filter(filter::admits)
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }

    private Map<String, Warning.Acknowledgement> acknowledgements() {
        Map<String, Warning.Acknowledgement> found = new HashMap<>();
        jdbc.sql("SELECT warning_id, note, acknowledged_by, acknowledged_at FROM warning_acknowledgement")
                .query((ResultSet row) -> {
                    found.put(row.getString("warning_id"), new Warning.Acknowledgement(row.getString("acknowledged_by"),
                            row.getTimestamp("acknowledged_at").toInstant(), row.getString("note")));
                });
        return found;
    }
}
