package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * UNDISTRIBUTED_INCOME: a village's collective account holds money and has spent nothing for {@code months}.
 * The money has been sitting since the last spending if something was left after it, otherwise since the
 * first income after it (or the first income ever, when nothing was ever spent).
 */
@Component
class UndistributedIncome implements WarningCheck {

    private final JdbcClient jdbc;

    UndistributedIncome(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "UNDISTRIBUTED_INCOME";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("months");
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        int months = rule.number("months");
        return jdbc.sql("""
                        WITH entry AS (SELECT village_id, kind, amount, %s AS day FROM collective_entry_view),
                        account AS (
                            SELECT village_id,
                                   coalesce(sum(amount) FILTER (WHERE kind = 'INCOME'), 0)
                                       - coalesce(sum(amount) FILTER (WHERE kind = 'SPENDING'), 0) AS balance,
                                   max(day) FILTER (WHERE kind = 'SPENDING') AS last_spent_on
                            FROM entry GROUP BY village_id)
                        SELECT a.village_id, v.town, a.balance, a.last_spent_on,
                               (SELECT coalesce(sum(e.amount) FILTER (WHERE e.kind = 'INCOME'), 0)
                                       - coalesce(sum(e.amount) FILTER (WHERE e.kind = 'SPENDING'), 0)
                                FROM entry e WHERE e.village_id = a.village_id AND e.day <= a.last_spent_on)
                                   AS left_after_last_spending,
                               (SELECT min(e.day) FROM entry e WHERE e.village_id = a.village_id AND e.kind = 'INCOME'
                                   AND (a.last_spent_on IS NULL OR e.day > a.last_spent_on)) AS first_income_after
                        FROM account a JOIN village_view v ON v.village_id = a.village_id
                        WHERE a.balance > 0 ORDER BY a.village_id"""
                        .formatted(EffectiveDay.sql("effective_date", "recorded_at")))
                .query((row, n) -> {
                    LocalDate lastSpent = row.getObject("last_spent_on", LocalDate.class);
                    LocalDate sitting = lastSpent != null && row.getLong("left_after_last_spending") > 0
                            ? lastSpent : row.getObject("first_income_after", LocalDate.class);
                    LocalDate since = sitting.plusMonths(months);
                    if (since.isAfter(today)) {
                        return null;
                    }
                    Map<String, String> detail = new LinkedHashMap<>();
                    detail.put("balance", Amounts.format(row.getLong("balance")));
                    detail.put("lastSpentOn", lastSpent == null ? "" : lastSpent.toString());
                    detail.put("months", String.valueOf(months));
                    return Warning.raised(rule, new Warning.Subject("VILLAGE", row.getString("village_id")), since,
                            detail, row.getString("village_id"), row.getString("town"));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }
}
