package org.fupin.ledger.query.warning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The early-warning rules, loaded at start from the rules file ({@code ledger.warnings.rules}, by default
 * {@code classpath:warning-rules.yml}). The file keeps every version of every rule; the highest version of
 * each name is in force.
 *
 * <p>A version, once written, never changes. The file is refused, and the query side does not start, when a
 * name is unknown, a severity or parameter is missing or unknown, the same name and version appear twice with
 * different contents, or a version differs from what was loaded under the same name and version before
 * (remembered in {@code projection.warning_rule_version}): a change of parameters must be a new version.
 */
@Component
public class WarningRules {

    private final List<WarningRule> inForce;

    WarningRules(@Value("${ledger.warnings.rules:classpath:warning-rules.yml}") Resource file,
                 List<WarningCheck> checks, JdbcClient jdbc) throws IOException {
        List<WarningRule> versions;
        try (InputStream in = file.getInputStream()) {
            versions = parse(in, checks);
        }
        remember(versions, jdbc);
        this.inForce = inForce(versions);
    }

    /** The highest version of each rule. */
    public List<WarningRule> inForce() {
        return inForce;
    }

    /** Reads and checks every version in a rules file. */
    static List<WarningRule> parse(InputStream in, List<WarningCheck> checks) {
        Map<String, WarningCheck> byName = checks.stream()
                .collect(Collectors.toMap(WarningCheck::name, Function.identity()));
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        if (!(root instanceof Map<?, ?> map) || !(map.get("rules") instanceof List<?> entries)) {
            throw new InvalidWarningRules("the rules file must hold a list under 'rules'");
        }
        List<WarningRule> versions = new ArrayList<>();
        Map<String, WarningRule> seen = new HashMap<>();
        for (Object entry : entries) {
            WarningRule rule = rule(entry, byName);
            WarningRule earlier = seen.putIfAbsent(rule.name() + "@" + rule.version(), rule);
            if (earlier != null && !canonical(earlier).equals(canonical(rule))) {
                throw new InvalidWarningRules(rule.name() + " version " + rule.version()
                        + " appears twice with different contents; a change of parameters is a new version");
            }
            if (earlier == null) {
                versions.add(rule);
            }
        }
        return versions;
    }

    private static WarningRule rule(Object entry, Map<String, WarningCheck> checks) {
        if (!(entry instanceof Map<?, ?> fields)) {
            throw new InvalidWarningRules("each rule must be a map with name, version, severity and parameters");
        }
        Object name = fields.get("name");
        WarningCheck check = checks.get(String.valueOf(name));
        if (check == null) {
            throw new InvalidWarningRules("unknown rule '" + name + "'; known: " + new TreeMap<>(checks).keySet());
        }
        if (!(fields.get("version") instanceof Integer version) || version < 1) {
            throw new InvalidWarningRules(name + ": version must be a whole number from 1");
        }
        Severity severity;
        try {
            severity = Severity.valueOf(String.valueOf(fields.get("severity")));
        } catch (IllegalArgumentException e) {
            throw new InvalidWarningRules(name + " version " + version + ": severity must be one of LOW, MEDIUM, HIGH");
        }
        Object given = Optional.ofNullable(fields.get("parameters")).orElse(Map.of());
        if (!(given instanceof Map<?, ?> parameters)) {
            throw new InvalidWarningRules(name + " version " + version + ": parameters must be a map");
        }
        Map<String, Object> values = new TreeMap<>();
        parameters.forEach((key, value) -> values.put(String.valueOf(key), value));
        if (!values.keySet().equals(check.parameters())) {
            throw new InvalidWarningRules(name + " version " + version + ": parameters must be exactly "
                    + check.parameters() + ", not " + values.keySet());
        }
        values.forEach((key, value) -> {
            if (!(value instanceof Integer number) || number < 0) {
                throw new InvalidWarningRules(name + " version " + version + ": parameter " + key
                        + " must be a whole number, at least 0");
            }
        });
        return new WarningRule(check.name(), version, severity, values);
    }

    /** Refuses a version that differs from what was loaded under its name and version before; records new ones. */
    static void remember(List<WarningRule> versions, JdbcClient jdbc) {
        for (WarningRule rule : versions) {
            Optional<String> stored = jdbc.sql("SELECT contents FROM warning_rule_version WHERE name = ? AND version = ?")
                    .params(rule.name(), rule.version()).query(String.class).optional();
            if (stored.isPresent() && !stored.get().equals(canonical(rule))) {
                throw new InvalidWarningRules(rule.name() + " version " + rule.version() + " was loaded before as "
                        + stored.get() + " and now reads " + canonical(rule)
                        + "; a change of parameters or severity is a new version");
            }
            if (stored.isEmpty()) {
                jdbc.sql("""
                                INSERT INTO warning_rule_version (name, version, contents, first_loaded_at)
                                VALUES (?, ?, ?, now()) ON CONFLICT DO NOTHING""")
                        .params(rule.name(), rule.version(), canonical(rule)).update();
            }
        }
    }

    static List<WarningRule> inForce(List<WarningRule> versions) {
        return versions.stream()
                .collect(Collectors.toMap(WarningRule::name, Function.identity(),
                        (one, other) -> one.version() >= other.version() ? one : other, TreeMap::new))
                .values().stream().sorted(Comparator.comparing(WarningRule::name)).toList();
    }

    /** A version's contents in one fixed spelling, to compare. */
    static String canonical(WarningRule rule) {
        Map<String, String> parameters = new TreeMap<>();
        rule.parameters().forEach((key, value) ->
                parameters.put(key, new BigDecimal(value.toString()).stripTrailingZeros().toPlainString()));
        return "severity=" + rule.severity() + " parameters=" + parameters;
    }

    /** A rules file the query side will not start with. */
    static class InvalidWarningRules extends IllegalStateException {
        InvalidWarningRules(String message) {
            super("Warning rules: " + message);
        }
    }
}
