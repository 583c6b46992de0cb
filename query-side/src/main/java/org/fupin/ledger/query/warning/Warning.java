package org.fupin.ledger.query.warning;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

/**
 * A situation one rule found: what it is about ({@code subject}), since which day it holds, and the facts that
 * show it ({@code detail}, amounts as decimal strings). {@code villageId} and {@code town} say where, for
 * filtering; a town-wide warning has no village.
 *
 * <p>The id is derived from the rule's name, the subject and {@code since}, so the same situation keeps its id
 * (and its acknowledgement) from one evaluation to the next, and across rule versions.
 */
public record Warning(String id, String rule, int ruleVersion, Severity severity, Subject subject, LocalDate since,
                      Map<String, String> detail, String villageId, String town, boolean acknowledged,
                      Acknowledgement acknowledgement) {

    /** What a warning is about: a VILLAGE, a PROJECT, an ALLOCATION ({@code fundId/allocationId}) or a PAYEE. */
    public record Subject(String type, String id) {
    }

    /** Who acknowledged the warning, when, and their note. */
    public record Acknowledgement(String by, Instant at, String note) {
    }

    static Warning raised(WarningRule rule, Subject subject, LocalDate since, Map<String, String> detail,
                          String villageId, String town) {
        return new Warning(idOf(rule.name(), subject, since), rule.name(), rule.version(), rule.severity(), subject,
                since, detail, villageId, town, false, null);
    }

    Warning acknowledgedWith(Acknowledgement acknowledgement) {
        return new Warning(id, rule, ruleVersion, severity, subject, since, detail, villageId, town, true,
                acknowledgement);
    }

    /** {@code RULE-} and the first 16 hex digits of SHA-256 over rule, subject type, subject id and since. */
    static String idOf(String rule, Subject subject, LocalDate since) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\n", rule, subject.type(), subject.id(), since.toString())
                            .getBytes(StandardCharsets.UTF_8));
            return rule + "-" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
