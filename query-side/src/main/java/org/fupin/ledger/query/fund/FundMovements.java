package org.fupin.ledger.query.fund;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A fund's allocations to villages and the returns villages made to it, one by one, oldest first, each with
 * its village's name. Read with one query over {@code fund_movement_view}.
 */
@Component
class FundMovements {

    enum Kind { ALLOCATION, RETURN }

    /** An allocation the fund made: to which village, how much, for what, under which document number. */
    record Allocation(String allocationId, String villageId, String villageName, String amount, String purpose,
                      String documentNo, Instant recordedAt) {
    }

    /** Money a village gave back to the fund, and why. */
    record Return(String returnId, String villageId, String villageName, String amount, String reason,
                  Instant recordedAt) {
    }

    record FundAllocations(String fundId, String fundName, List<Allocation> allocations, String allocatedTotal,
                           List<Return> returns, String returnedTotal) {
    }

    private record Row(Kind kind, String id, String villageId, String villageName, long amount, String purpose,
                       String documentNo, Instant recordedAt) {
    }

    private final JdbcClient jdbc;

    FundMovements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    FundAllocations of(String fundId) {
        String fundName = jdbc.sql("SELECT name FROM fund_view WHERE fund_id = ? AND name IS NOT NULL")
                .param(fundId).query(String.class).optional().orElseThrow(() -> new NotFound("fund", fundId));
        List<Row> rows = jdbc.sql("""
                        SELECT m.kind, m.movement_id, m.village_id, v.name AS village_name, m.amount, m.purpose,
                               m.document_no, m.recorded_at
                        FROM fund_movement_view m LEFT JOIN village_view v ON v.village_id = m.village_id
                        WHERE m.fund_id = ? ORDER BY m.recorded_at, m.movement_id""")
                .param(fundId)
                .query((row, n) -> new Row(Kind.valueOf(row.getString("kind")), row.getString("movement_id"),
                        row.getString("village_id"), row.getString("village_name"), row.getLong("amount"),
                        row.getString("purpose"), row.getString("document_no"),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
        List<Allocation> allocations = rows.stream().filter(row -> row.kind() == Kind.ALLOCATION)
                .map(row -> new Allocation(row.id(), row.villageId(), row.villageName(), Amounts.format(row.amount()),
                        row.purpose(), row.documentNo(), row.recordedAt()))
                .toList();
        List<Return> returns = rows.stream().filter(row -> row.kind() == Kind.RETURN)
                .map(row -> new Return(row.id(), row.villageId(), row.villageName(), Amounts.format(row.amount()),
                        row.purpose(), row.recordedAt()))
                .toList();
        return new FundAllocations(fundId, fundName, allocations, total(rows, Kind.ALLOCATION), returns,
                total(rows, Kind.RETURN));
    }

    private static String total(List<Row> rows, Kind kind) {
        return Amounts.format(rows.stream().filter(row -> row.kind() == kind).mapToLong(Row::amount).sum());
    }
}
