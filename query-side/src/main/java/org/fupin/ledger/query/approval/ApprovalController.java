package org.fupin.ledger.query.approval;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.http.BadQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/** Allocations and payments that need, or got, a second finance officer's decision; oldest request first. */
@RestController
class ApprovalController {

    private static final RowMapper<ApprovalView> ROW = (row, n) -> {
        ApprovalKind kind = ApprovalKind.valueOf(row.getString("kind"));
        Timestamp decidedAt = row.getTimestamp("decided_at");
        String subject = row.getString("subject_id");
        String item = row.getString("item_id");
        return new ApprovalView(kind, subject, item, row.getString("village_id"), Amounts.format(row.getLong("amount")),
                row.getString("counterparty"), row.getString("reference"), row.getString("requested_by"),
                row.getTimestamp("requested_at").toInstant(), ApprovalStatus.valueOf(row.getString("status")),
                row.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                row.getString("decision_note"), kind == ApprovalKind.ALLOCATION
                ? "/api/funds/" + subject + "/allocations/" + item + "/approval"
                : "/api/projects/" + subject + "/disbursements/" + item + "/approval");
    };

    private final JdbcClient jdbc;

    ApprovalController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/approvals")
    List<ApprovalView> approvals(@RequestParam(required = false) String status) {
        ApprovalStatus wanted = status(status);
        return jdbc.sql("""
                        SELECT * FROM approval_view WHERE (CAST(? AS VARCHAR) IS NULL OR status = ?)
                        ORDER BY requested_at, kind, subject_id, item_id""")
                .params(wanted == null ? null : wanted.name(), wanted == null ? null : wanted.name())
                .query(ROW).list();
    }

    private static ApprovalStatus status(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return ApprovalStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BadQuery("status must be one of " + Arrays.toString(ApprovalStatus.values()));
        }
    }
}
