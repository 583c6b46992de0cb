package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence: edits made straight in the database, the way an attacker with database access would
 * make them, are caught by {@code GET /api/integrity} (which checks what was sealed since the last link it
 * verified) or by the administrator's full verification (which checks everything), naming the first bad
 * event. A transaction that commits late is sealed, not reported. Every test puts the store back as it
 * was, because the other system tests share it.
 */
class IntegrityIT {

    private static final String TABLE = "event_store.domain_event_entry";
    private static final String JOB = "/api/admin/integrity/verification";
    private static LedgerClient ledger;
    private final String run = "t" + System.nanoTime();

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
    }

    @Test
    void catchesAnAlteredPayloadByteAndAnAlteredMetadataByte() throws SQLException {
        String event = sealedEvents()[0];
        try (Connection db = database()) {
            for (String column : new String[]{"payload", "metaData"}) {
                flipFirstByte(db, column, event);
                try {
                    JsonNode result = ledger.get("/api/integrity").body();
                    assertThat(result.path("verified").asBoolean()).as(column).isFalse();
                    assertThat(result.path("firstBadEvent").path("eventId").asString()).isEqualTo(event);
                    assertThat(result.path("firstBadEvent").path("problem").asString()).contains("differs");
                } finally {
                    flipFirstByte(db, column, event);
                }
            }
        }
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
    }

    @Test
    void catchesADeletedEvent() throws SQLException {
        String event = sealedEvents()[0];
        try (Connection db = database()) {
            execute(db, "CREATE TEMP TABLE deleted AS SELECT * FROM " + TABLE + " WHERE eventIdentifier = ?", event);
            execute(db, "DELETE FROM " + TABLE + " WHERE eventIdentifier = ?", event);
            try {
                JsonNode result = ledger.get("/api/integrity").body();
                assertThat(result.path("verified").asBoolean()).isFalse();
                assertThat(result.path("firstBadEvent").path("eventId").asString()).isEqualTo(event);
            } finally {
                execute(db, "INSERT INTO " + TABLE + " SELECT * FROM deleted");
            }
        }
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
    }

    @Test
    void catchesTwoEventsSwappedInOrder() throws SQLException {
        String[] events = sealedEvents();
        try (Connection db = database()) {
            swap(db, events[0], events[1]);
            try {
                JsonNode result = ledger.get("/api/integrity").body();
                assertThat(result.path("verified").asBoolean()).isFalse();
                assertThat(result.path("firstBadEvent").path("eventId").asString()).isEqualTo(events[0]);
            } finally {
                swap(db, events[0], events[1]);
            }
        }
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
    }

    /**
     * Position 0 is below everything the sealer has read and never one of its gaps (positions start at 1),
     * so an event there was put into the store behind the sealer's back.
     */
    @Test
    void theFullVerificationCatchesAnEventPutIntoTheStoreBehindTheSealer() throws SQLException {
        String event = sealedEvents()[0];
        try (Connection db = database()) {
            execute(db, "CREATE TEMP TABLE forged AS SELECT * FROM " + TABLE + " WHERE eventIdentifier = ?", event);
            execute(db, "UPDATE forged SET globalIndex = 0, eventIdentifier = 'forged-' || eventIdentifier,"
                    + " aggregateIdentifier = 'forged-' || aggregateIdentifier");
            execute(db, "INSERT INTO " + TABLE + " SELECT * FROM forged");
            try {
                runFullVerification(false);
                JsonNode status = ledger.get(JOB).body();
                assertThat(status.path("firstBadEvent").path("eventId").asString()).isEqualTo("forged-" + event);
                assertThat(status.path("firstBadEvent").path("problem").asString()).contains("never sealed");
            } finally {
                execute(db, "DELETE FROM " + TABLE + " WHERE globalIndex = 0");
            }
        }
        runFullVerification(true);
    }

    @Test
    void aPublishedHeadPinsTheChainAndABadPinIsRefused() {
        sealedEvents();
        JsonNode head = ledger.get("/api/integrity").body().path("head");
        String pin = head.path("position").asLong() + ":" + head.path("hash").asString();
        JsonNode pinned = ledger.get("/api/integrity?pin=" + pin).body();
        assertThat(pinned.path("verified").asBoolean()).isTrue();
        assertThat(pinned.path("range").path("kind").asString()).isEqualTo("FULL");

        String wrong = head.path("position").asLong() + ":" + "f".repeat(64);
        JsonNode mismatch = ledger.get("/api/integrity?pin=" + wrong).body();
        assertThat(mismatch.path("verified").asBoolean()).isFalse();
        assertThat(mismatch.path("firstBadEvent").path("problem").asString()).contains("published head");

        LedgerClient.Response garbage = ledger.get("/api/integrity?pin=yesterday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPinBeforeTheLastVerifiedLinkIsCheckedFromTheStart() throws SQLException {
        String[] events = sealedEvents();
        JsonNode first = ledger.get("/api/integrity").body();
        assertThat(first.path("verified").asBoolean()).isTrue();
        String pin = positionOf(events[1]) + ":" + hashOf(events[1]);
        sealedEvents();
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
        try (Connection db = database()) {
            flipFirstByte(db, "payload", events[0]);
            try {
                JsonNode result = ledger.get("/api/integrity?pin=" + pin).body();
                assertThat(result.path("verified").asBoolean()).isFalse();
                assertThat(result.path("firstBadEvent").path("eventId").asString()).isEqualTo(events[0]);
            } finally {
                flipFirstByte(db, "payload", events[0]);
            }
        }
        assertThat(ledger.get("/api/integrity?pin=" + pin).body().path("verified").asBoolean()).isTrue();
    }

    @Test
    void verifiesFromTheLastVerifiedLinkAndLeavesEarlierEventsToTheFullVerification() throws SQLException {
        String[] earlier = sealedEvents();
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
        try (Connection db = database()) {
            flipFirstByte(db, "payload", earlier[0]);
            try {
                String[] later = sealedEvents();
                JsonNode incremental = ledger.get("/api/integrity").body();
                assertThat(incremental.path("verified").asBoolean()).isTrue();
                JsonNode range = incremental.path("range");
                assertThat(range.path("kind").asString()).isEqualTo("INCREMENTAL");
                assertThat(range.path("fromPosition").asLong()).isGreaterThan(positionOf(earlier[0]))
                        .isLessThanOrEqualTo(positionOf(later[0]));
                assertThat(range.path("toPosition").asLong()).isGreaterThanOrEqualTo(positionOf(later[1]));
                assertThat(incremental.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);

                runFullVerification(false);
                JsonNode job = ledger.get(JOB).body();
                assertThat(job.path("firstBadEvent").path("eventId").asString()).isEqualTo(earlier[0]);
                assertThat(job.path("firstBadEvent").path("problem").asString()).contains("differs");
                JsonNode afterAlarm = ledger.get("/api/integrity").body();
                assertThat(afterAlarm.path("verified").asBoolean()).as("GET repeats the full job's finding").isFalse();
                assertThat(afterAlarm.path("range").path("kind").asString()).isEqualTo("FULL");
            } finally {
                flipFirstByte(db, "payload", earlier[0]);
            }
        }
        runFullVerification(true);
        assertThat(ledger.get("/api/integrity").body().path("verified").asBoolean()).isTrue();
    }

    @Test
    void theFullVerificationRunsOneAtATimeForAdministratorsOnlyAndShowsItsProgress() throws SQLException {
        String[] events = sealedEvents();
        for (String user : new String[]{"finance", "inspector", "secretary"}) {
            assertThat(ledger.as(user).postToQuerySide(JOB, "{}").status()).as(user + " POST").isEqualTo(403);
            assertThat(ledger.as(user).get(JOB).status()).as(user + " GET").isEqualTo(403);
        }
        try (Connection blocker = database()) {
            blocker.setAutoCommit(false);
            execute(blocker, "LOCK TABLE " + TABLE + " IN ACCESS EXCLUSIVE MODE");
            LedgerClient.Response started = ledger.postToQuerySide(JOB, "{}");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.body().path("state").asString()).isEqualTo("RUNNING");
            assertThat(started.body().path("startedBy").asString()).isEqualTo("admin");
            LedgerClient.Response second = ledger.postToQuerySide(JOB, "{}");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.contentType()).startsWith("application/problem+json");
            assertThat(second.code()).isEqualTo("VERIFICATION_RUNNING");
            assertThat(ledger.get(JOB).body().path("state").asString()).isEqualTo("RUNNING");
            blocker.rollback();
        }
        JsonNode done = ledger.await(JOB, status -> !status.path("state").asString().equals("RUNNING"));
        assertThat(done.path("state").asString()).isEqualTo("FINISHED");
        assertThat(done.path("verified").asBoolean()).isTrue();
        assertThat(done.path("positionReached").asLong()).isGreaterThanOrEqualTo(positionOf(events[1]));
        assertThat(done.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(done.path("eventsPerSecond").isNumber()).isTrue();
        assertThat(done.path("headOrdinal").asLong()).isPositive();
    }

    /**
     * One event's transaction stays open for 15 s while other commands commit after it (a GC pause or an
     * fsync stall in the command side would do the same): its global position is lower than theirs, and it
     * becomes visible after they were sealed. It must be sealed then, and verification must pass.
     */
    @Test
    void sealsAnEventWhoseTransactionCommitsLate() throws SQLException {
        ledger.registerVillage(run + "-V", "东坡村");
        ledger.registerFund(run + "-F", "500.00");
        String source = eventOf("village:" + run + "-V");
        String late = UUID.randomUUID().toString();
        Instant inserted = Instant.now();
        long latePosition;
        try (Connection slow = database()) {
            slow.setAutoCommit(false);
            latePosition = insertCopy(slow, source, late, run + "-V", run + "-LATE", inserted);
            for (int i = 1; i <= 5; i++) {
                ledger.allocate(run + "-F", "A" + i, run + "-V", "10.00");
            }
            long later = Long.parseLong(single("SELECT MAX(globalIndex) FROM " + TABLE + " WHERE aggregateIdentifier = ?",
                    "fund:" + run + "-F"));
            assertThat(later).isGreaterThan(latePosition);
            awaitTrue("an event committed after the open one is sealed",
                    () -> exists("SELECT 1 FROM projection.integrity_chain WHERE position = ?", later));
            LedgerClient.sleep(Math.max(0, Duration.between(Instant.now(), inserted.plusSeconds(15)).toMillis()));
            slow.commit();
        }
        awaitTrue("the late event is sealed",
                () -> exists("SELECT 1 FROM projection.integrity_chain WHERE event_id = ?", late));
        JsonNode verified = ledger.await("/api/integrity", v -> v.path("unsealed").asLong() == 0);
        assertThat(verified.path("verified").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.path("firstBadEvent").isNull()).isTrue();
        assertThat(verified.path("oldestUnsealedAgeSeconds").isNull()).isTrue();
        runFullVerification(true);
        assertThat(ledger.getText("/actuator/prometheus", "text/plain").body())
                .contains("ledger_integrity_unsealed_events ", "ledger_integrity_unsealed_oldest_age_seconds ");
    }

    /** Registers a village and a fund, waits until both are sealed, and answers their event identifiers. */
    private String[] sealedEvents() {
        String suffix = Long.toString(System.nanoTime());
        ledger.registerVillage(run + suffix + "-V", "东坡村");
        ledger.registerFund(run + suffix + "-F", "500.00");
        String[] events = {eventOf("village:" + run + suffix + "-V"), eventOf("fund:" + run + suffix + "-F")};
        awaitTrue("both events sealed", () -> exists("SELECT 1 FROM projection.integrity_chain WHERE event_id = ?",
                events[0]) && exists("SELECT 1 FROM projection.integrity_chain WHERE event_id = ?", events[1]));
        return events;
    }

    /** Runs the administrator's full verification to its end and checks its verdict. */
    private static void runFullVerification(boolean expectVerified) {
        LedgerClient.Response started = ledger.postToQuerySide(JOB, "{}");
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        JsonNode done = ledger.await(JOB, status -> !status.path("state").asString().equals("RUNNING"));
        assertThat(done.path("state").asString()).isEqualTo("FINISHED");
        assertThat(done.path("verified").asBoolean()).as(done.toString()).isEqualTo(expectVerified);
    }

    /** Inserts, in {@code db}'s open transaction, a copy of {@code source} as the first event of another village. */
    private static long insertCopy(Connection db, String source, String eventId, String fromVillage, String toVillage,
                                   Instant timestamp) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO %s (eventIdentifier, aggregateIdentifier, sequenceNumber, type, timeStamp, payloadType,
                                payloadRevision, payload, metaData)
                SELECT ?, 'village:' || ?, 0, type, ?, payloadType, payloadRevision,
                       convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), metaData
                FROM %s WHERE eventIdentifier = ? RETURNING globalIndex""".formatted(TABLE, TABLE))) {
            insert.setString(1, eventId);
            insert.setString(2, toVillage);
            insert.setString(3, timestamp.toString());
            insert.setString(4, fromVillage);
            insert.setString(5, toVillage);
            insert.setString(6, source);
            try (ResultSet row = insert.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Never happened within 30 s: " + what);
            }
            LedgerClient.sleep(100);
        }
    }

    private static String eventOf(String aggregate) {
        return single("SELECT eventIdentifier FROM " + TABLE + " WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                aggregate);
    }

    private static long positionOf(String event) {
        return Long.parseLong(single("SELECT globalIndex FROM " + TABLE + " WHERE eventIdentifier = ?", event));
    }

    private static String hashOf(String event) {
        return single("SELECT hash FROM projection.integrity_chain WHERE event_id = ?", event);
    }

    private static void flipFirstByte(Connection db, String column, String event) throws SQLException {
        execute(db, "UPDATE " + TABLE + " SET " + column + " = set_byte(" + column + ", 1, get_byte(" + column
                + ", 1) # 1) WHERE eventIdentifier = ?", event);
    }

    private static void swap(Connection db, String first, String second) throws SQLException {
        long a = positionOf(first);
        long b = positionOf(second);
        db.setAutoCommit(false);
        execute(db, "UPDATE " + TABLE + " SET globalIndex = -1 WHERE globalIndex = " + a);
        execute(db, "UPDATE " + TABLE + " SET globalIndex = " + a + " WHERE globalIndex = " + b);
        execute(db, "UPDATE " + TABLE + " SET globalIndex = " + b + " WHERE globalIndex = -1");
        db.commit();
        db.setAutoCommit(true);
    }

    private static void execute(Connection db, String sql, String... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setString(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    private static boolean exists(String sql, Object param) {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, param);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String single(String sql, String param) {
        try (Connection db = database(); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, param);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).as(sql + " " + param).isTrue();
                return row.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        try {
            return DriverManager.getConnection(RunningLedger.system().jdbcUrl());
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The ledger is not running", e);
        }
    }
}
