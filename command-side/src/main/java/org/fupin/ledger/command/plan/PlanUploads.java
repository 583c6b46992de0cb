package org.fupin.ledger.command.plan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Uploaded plan files between preview and confirmation, in {@code event_store.allocation_plan}, keyed by the
 * file's hash. Uploading the same file again keeps one row and renews its expiry.
 */
@Component
class PlanUploads {

    private final JdbcTemplate jdbc;
    private final Duration expiry;

    PlanUploads(JdbcTemplate jdbc, @Value("${ledger.allocation-plans.expiry:PT24H}") Duration expiry) {
        this.jdbc = jdbc;
        this.expiry = expiry;
    }

    void keep(String planId, String fileName, byte[] content, String uploadedBy) {
        jdbc.update("DELETE FROM event_store.allocation_plan WHERE expires_at < now()");
        jdbc.update("INSERT INTO event_store.allocation_plan (plan_id, file_name, content, uploaded_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, now() + make_interval(secs => ?)) ON CONFLICT (plan_id) DO UPDATE "
                        + "SET file_name = EXCLUDED.file_name, uploaded_by = EXCLUDED.uploaded_by, uploaded_at = now(), "
                        + "expires_at = EXCLUDED.expires_at",
                planId, fileName, content, uploadedBy, (double) expiry.toSeconds());
    }

    Optional<Upload> find(String planId) {
        List<Upload> found = jdbc.query("SELECT file_name, content FROM event_store.allocation_plan "
                        + "WHERE plan_id = ? AND expires_at >= now()",
                (rs, n) -> new Upload(rs.getString(1), rs.getBytes(2)), planId);
        return found.stream().findFirst();
    }

    record Upload(String fileName, byte[] content) {
    }
}
