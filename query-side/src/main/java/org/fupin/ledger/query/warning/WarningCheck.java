package org.fupin.ledger.query.warning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Judges one kind of rule against the read models: the code behind a rule's name. Its parameters and severity
 * come from the rules file; it reads the read models with a few set-based queries, never by replaying events.
 */
interface WarningCheck {

    /** The rule name the rules file uses for this check. */
    String name();

    /** The parameters a version of this rule must give, no more, no fewer. */
    Set<String> parameters();

    /** The warnings this rule raises on {@code today} (Asia/Shanghai). */
    List<Warning> evaluate(WarningRule rule, LocalDate today);
}
