package org.fupin.ledger.query.warning;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One version of an early-warning rule as the rules file states it: its name (which check judges it), its
 * version, its severity and its parameters. A version never changes: other parameters or another severity make
 * a new version.
 */
public record WarningRule(String name, int version, Severity severity, Map<String, Object> parameters) {

    public WarningRule {
        parameters = Map.copyOf(parameters);
    }

    /** A whole-number parameter the loader has checked is present and whole. */
    public int number(String parameter) {
        return new BigDecimal(parameters.get(parameter).toString()).intValueExact();
    }
}
