package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.position.FundPosition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * IDLE_FUNDS: a village holds money it received more than {@code idleDays} ago and has still not committed.
 * Villages spend their oldest money first, so what is gone (committed, returned) is taken from the oldest
 * allocations; whatever of the allocations older than {@code idleDays} is left over is idle. The warning
 * holds from the day the oldest money still there became idle.
 */
@Component
class IdleFunds implements WarningCheck {

    private final JdbcClient jdbc;

    IdleFunds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "IDLE_FUNDS";
    }

    @Override
    public Set<String> parameters() {
        return Set.of("idleDays");
    }

    private record Receipt(String villageId, String town, long amount, LocalDate on) {
    }

    @Override
    public List<Warning> evaluate(WarningRule rule, LocalDate today) {
        int idleDays = rule.number("idleDays");
        Map<String, Long> available = available();
        Map<String, List<Receipt>> receipts = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT a.village_id, v.town, a.amount, a.effective_on FROM warning_allocation a
                        JOIN village_view v ON v.village_id = a.village_id
                        ORDER BY a.village_id, a.effective_on, a.fund_id, a.allocation_id""")
                .query((ResultSet row) -> {
                    receipts.computeIfAbsent(row.getString("village_id"), key -> new ArrayList<>())
                            .add(new Receipt(row.getString("village_id"), row.getString("town"), row.getLong("amount"),
                                    row.getObject("effective_on", LocalDate.class)));
                });
        List<Warning> warnings = new ArrayList<>();
        receipts.forEach((village, lots) -> idle(rule, lots, available.getOrDefault(village, 0L), idleDays, today)
                .ifPresent(warnings::add));
        return warnings;
    }

    /** Oldest money first: {@code received - available} is gone, taken from the oldest lots. */
    private Optional<Warning> idle(WarningRule rule, List<Receipt> lots, long available, int idleDays,
                                             LocalDate today) {
        long gone = lots.stream().mapToLong(Receipt::amount).sum() - available;
        LocalDate idleBefore = today.minusDays(idleDays);
        long cumulative = 0;
        long idle = 0;
        LocalDate oldestLeft = null;
        for (Receipt lot : lots) {
            long left = Math.min(lot.amount(), Math.max(0, cumulative + lot.amount() - gone));
            cumulative += lot.amount();
            if (left > 0 && lot.on().isBefore(idleBefore)) {
                idle += left;
                oldestLeft = oldestLeft == null ? lot.on() : oldestLeft;
            }
        }
        if (idle == 0) {
            return Optional.empty();
        }
        Receipt first = lots.get(0);
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("idleAmount", Amounts.format(idle));
        detail.put("available", Amounts.format(available));
        detail.put("receivedOn", oldestLeft.toString());
        detail.put("idleDays", String.valueOf(idleDays));
        return Optional.of(Warning.raised(rule, new Warning.Subject("VILLAGE", first.villageId()),
                oldestLeft.plusDays(idleDays + 1L), detail, first.villageId(), first.town()));
    }

    private Map<String, Long> available() {
        Map<String, Long> available = new HashMap<>();
        jdbc.sql("""
                        SELECT village_id, sum(received) AS received, sum(returned) AS returned,
                               sum(committed) AS committed, sum(released) AS released, sum(disbursed) AS disbursed,
                               sum(pending_approval) AS pending_approval
                        FROM village_fund_view GROUP BY village_id""")
                .query((ResultSet row) -> {
                    available.put(row.getString("village_id"), FundPosition.read(row).available());
                });
        return available;
    }
}
