package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.Amounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PAYMENT_AHEAD_OF_PROGRESS: a project has paid out more than {@code budget × (progress + advancePercent)},
 * the line that reimbursement by progress (报账制) draws. The warning holds from the payment that crossed it.
 *
 * <p>Progress is the project's verified progress (its highest CONFIRMED milestone), {@link #PROGRESS}, the
 * same progress the command side's payment gate follows: the warning can only fire where the gate is off or
 * its advance is higher than the rule's.
 */
@Component
class PaymentAheadOfProgress implements WarningCheck {

    /** The progress the line is drawn on: verified, not merely reported. */
    static final String PROGRESS = "p.verified_progress_percent";

    private final JdbcClient jdbc;

    PaymentAheadOfProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "PAYMENT_AHEAD_OF_PROGRESS";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("advancePercent");
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        int advance = rule.number("advancePercent");
        Map<String, Warning> warnings = new LinkedHashMap<>();
        Map<String, Long> paidSoFar = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.project_id, p.village_id, v.town, p.budget, p.disbursed, %1$s AS progress,
                               pay.amount, %2$s AS paid_on
                        FROM project_view p JOIN village_view v ON v.village_id = p.village_id
                        JOIN payment_view pay ON pay.project_id = p.project_id AND NOT pay.reversed
                        WHERE p.status <> 'CANCELLED' AND p.disbursed * 100 > p.budget * (%1$s + ?)
                        ORDER BY p.project_id, pay.recorded_at, pay.disbursement_id"""
                        .formatted(PROGRESS, EffectiveDay.sql("pay.recorded_at")))
                .param(advance)
                .query((ResultSet row) -> {
                    String project = row.getString("project_id");
                    long budget = row.getLong("budget");
                    int progress = row.getInt("progress");
                    long paid = paidSoFar.merge(project, row.getLong("amount"), Long::sum);
                    if (paid * 100 > budget * (progress + advance) && !warnings.containsKey(project)) {
                        Map<String, String> detail = new LinkedHashMap<>();
                        detail.put("budget", Amounts.format(budget));
                        detail.put("disbursed", Amounts.format(row.getLong("disbursed")));
                        detail.put("progressPercent", String.valueOf(progress));
                        detail.put("advancePercent", String.valueOf(advance));
                        detail.put("payableLimit", Amounts.format(budget * (progress + advance) / 100));
                        warnings.put(project, Warning.raised(rule, new Warning.Subject("PROJECT", project),
                                row.getObject("paid_on", LocalDate.class), detail, row.getString("village_id"),
                                row.getString("town")));
                    }
                });
        return new ArrayList<>(warnings.values());
    }
}
