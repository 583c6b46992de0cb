package org.fupin.ledger.query.integrity;

import org.fupin.ledger.query.integrity.ChainVerification.Checked;
import org.fupin.ledger.query.integrity.ChainWalk.BadEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The administrator's full verification of the chain, which reads every stored event and so runs in the
 * background. Its state lives in {@code integrity_full_verification}, so one runs at a time across every
 * query-side instance and any of them shows its progress. A running job writes a heartbeat with its
 * progress; one whose heartbeat stopped for {@value #ABANDONED_AFTER_MINUTES} minutes (its instance died)
 * may be started again.
 */
@Component
class FullVerificationJob implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FullVerificationJob.class);
    private static final int ABANDONED_AFTER_MINUTES = 2;

    enum State { RUNNING, FINISHED, FAILED }

    /**
     * @param positionReached the last position checked so far
     * @param eventsPerSecond events checked per second, from the start to the last heartbeat
     * @param verified        null until finished
     */
    record Status(State state, String startedBy, Instant startedAt, Instant finishedAt, Long headOrdinal,
                  Long headPosition, Long positionReached, long eventsChecked, double eventsPerSecond,
                  Boolean verified, BadEvent firstBadEvent, String error) {
    }

    private final JdbcClient jdbc;
    private final ChainVerification verification;
    private final SealedLinks links;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(job -> {
        Thread thread = new Thread(job, "integrity-full-verification");
        thread.setDaemon(true);
        return thread;
    });

    FullVerificationJob(JdbcClient jdbc, ChainVerification verification, SealedLinks links) {
        this.jdbc = jdbc;
        this.verification = verification;
        this.links = links;
    }

    /** Starts a full verification; false when one is already running. */
    boolean start(String admin) {
        Optional<SealedLinks.Link> head = links.head();
        int claimed = jdbc.sql("""
                        INSERT INTO integrity_full_verification (id, state, started_by, started_at, updated_at,
                                                                 head_ordinal, head_position)
                        VALUES (1, 'RUNNING', ?, now(), now(), ?, ?)
                        ON CONFLICT (id) DO UPDATE SET state = 'RUNNING', started_by = EXCLUDED.started_by,
                            started_at = now(), updated_at = now(), finished_at = NULL,
                            head_ordinal = EXCLUDED.head_ordinal, head_position = EXCLUDED.head_position,
                            position_reached = NULL, events_checked = 0, verified = NULL, bad_position = NULL,
                            bad_event_id = NULL, problem = NULL
                        WHERE integrity_full_verification.state <> 'RUNNING'
                           OR integrity_full_verification.updated_at < now() - make_interval(mins => ?)""")
                .params(admin, head.map(SealedLinks.Link::ordinal).orElse(null),
                        head.map(SealedLinks.Link::position).orElse(null), ABANDONED_AFTER_MINUTES)
                .update();
        if (claimed == 0) {
            return false;
        }
        runner.execute(this::run);
        return true;
    }

    Optional<Status> status() {
        return jdbc.sql("SELECT * FROM integrity_full_verification WHERE id = 1").query(FullVerificationJob::statusOf)
                .optional();
    }

    private void run() {
        try {
            Checked checked = verification.full((position, count) -> jdbc.sql("""
                            UPDATE integrity_full_verification
                            SET position_reached = ?, events_checked = ?, updated_at = now() WHERE id = 1""")
                    .params(position < 0 ? null : position, count).update());
            BadEvent bad = checked.outcome().bad();
            jdbc.sql("""
                            UPDATE integrity_full_verification
                            SET state = 'FINISHED', finished_at = now(), updated_at = now(), verified = ?,
                                events_checked = ?, position_reached = COALESCE(?, position_reached),
                                bad_position = ?, bad_event_id = ?, problem = ?
                            WHERE id = 1""")
                    .params(bad == null, checked.outcome().checked(), checked.outcome().lastPosition(),
                            bad == null ? null : bad.position(), bad == null ? null : bad.eventId(),
                            bad == null ? null : bad.problem())
                    .update();
        } catch (RuntimeException e) {
            log.error("Full verification of the integrity chain failed", e);
            jdbc.sql("""
                            UPDATE integrity_full_verification
                            SET state = 'FAILED', finished_at = now(), updated_at = now(), problem = ? WHERE id = 1""")
                    .param(String.valueOf(e.getMessage())).update();
        }
    }

    private static Status statusOf(ResultSet row, int n) throws SQLException {
        Instant started = row.getTimestamp("started_at").toInstant();
        Instant updated = row.getTimestamp("updated_at").toInstant();
        long checked = row.getLong("events_checked");
        long millis = Math.max(1, Duration.between(started, updated).toMillis());
        State state = State.valueOf(row.getString("state"));
        Boolean verified = (Boolean) row.getObject("verified");
        BadEvent bad = row.getObject("bad_position") == null ? null : new BadEvent(row.getLong("bad_position"),
                row.getString("bad_event_id"), null, null, row.getString("problem"));
        return new Status(state, row.getString("started_by"), started, instant(row.getTimestamp("finished_at")),
                (Long) row.getObject("head_ordinal"), (Long) row.getObject("head_position"),
                (Long) row.getObject("position_reached"), checked, checked * 1000.0 / millis, verified, bad,
                state == State.FAILED ? row.getString("problem") : null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
