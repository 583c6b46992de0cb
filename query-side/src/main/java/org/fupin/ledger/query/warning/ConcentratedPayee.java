package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CONCENTRATED_PAYEE: one payee received more than {@code sharePercent} of a town's payments (not reversed)
 * in a calendar year, once the town made at least {@code minimumPayments} payments that year. A town-wide
 * warning about the payee; it holds from the first day of the year.
 */
@Component
class ConcentratedPayee implements WarningCheck {

    private final JdbcClient jdbc;

    ConcentratedPayee(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "CONCENTRATED_PAYEE";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("sharePercent", "minimumPayments");
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        int share = rule.number("sharePercent");
        return jdbc.sql("""
                        WITH paid AS (
                            SELECT v.town, extract(YEAR FROM %s)::int AS year, pay.payee, pay.amount
                            FROM payment_view pay JOIN project_view p ON p.project_id = pay.project_id
                            JOIN village_view v ON v.village_id = p.village_id
                            WHERE NOT pay.reversed),
                        town_year AS (SELECT town, year, sum(amount) AS total, count(*) AS payments
                                      FROM paid GROUP BY town, year),
                        payee_year AS (SELECT town, year, payee, sum(amount) AS received FROM paid
                                       GROUP BY town, year, payee)
                        SELECT e.town, e.year, e.payee, e.received, t.total, t.payments
                        FROM payee_year e JOIN town_year t ON t.town = e.town AND t.year = e.year
                        WHERE t.payments >= ? AND e.received * 100 > t.total * ? AND e.year <= ?
                        ORDER BY e.town, e.year, e.payee"""
                        .formatted(EffectiveDay.sql("pay.recorded_at")))
                .params(rule.number("minimumPayments"), share, today.getYear())
                .query((row, n) -> {
                    String town = row.getString("town");
                    int year = row.getInt("year");
                    Map<String, String> detail = new LinkedHashMap<>();
                    detail.put("town", town);
                    detail.put("year", String.valueOf(year));
                    detail.put("received", Amounts.format(row.getLong("received")));
                    detail.put("townTotal", Amounts.format(row.getLong("total")));
                    detail.put("payments", String.valueOf(row.getLong("payments")));
                    detail.put("sharePercent", String.valueOf(share));
                    return Warning.raised(rule, new Warning.Subject("PAYEE", town + "/" + row.getString("payee")),
                            LocalDate.of(year, 1, 1), detail, null, town);
                })
                .list();
    }
}
