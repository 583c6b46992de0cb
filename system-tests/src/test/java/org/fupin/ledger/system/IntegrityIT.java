package org.fupin.ledger.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence: edits made straight in the database, the way an attacker with database access would
 * make them, are caught by {@code GET /api/integrity}, which names the first bad event. Every test puts the
 * store back as it was, because the other system tests share it.
 */
class IntegrityIT {

    private static final String TABLE = "event_store.domain_event_entry";
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

    @Test
    void aPublishedHeadPinsTheChainAndABadPinIsRefused() {
        sealedEvents();
        JsonNode head = ledger.get("/api/integrity").body().path("head");
        String pin = head.path("position").asLong() + ":" + head.path("hash").asString();
        assertThat(ledger.get("/api/integrity?pin=" + pin).body().path("verified").asBoolean()).isTrue();

        String wrong = head.path("position").asLong() + ":" + "f".repeat(64);
        JsonNode mismatch = ledger.get("/api/integrity?pin=" + wrong).body();
        assertThat(mismatch.path("verified").asBoolean()).isFalse();
        assertThat(mismatch.path("firstBadEvent").path("problem").asString()).contains("published head");

        LedgerClient.Response garbage = ledger.get("/api/integrity?pin=yesterday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.contentType()).startsWith("application/problem+json");
    }

    /** Registers a village and a fund, waits until both are sealed, and answers their event identifiers. */
    private String[] sealedEvents() {
        ledger.registerVillage(run + "-V", "东坡村");
        ledger.registerFund(run + "-F", "500.00");
        String[] events = {eventOf("village:" + run + "-V"), eventOf("fund:" + run + "-F")};
        long position = Math.max(positionOf(events[0]), positionOf(events[1]));
        JsonNode verified = ledger.await("/api/integrity", v -> v.path("head").path("position").asLong() >= position);
        assertThat(verified.path("verified").asBoolean()).isTrue();
        assertThat(verified.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);
        return events;
    }

    private static String eventOf(String aggregate) {
        return single("SELECT eventIdentifier FROM " + TABLE + " WHERE aggregateIdentifier = ? AND sequenceNumber = 0",
                aggregate);
    }

    private static long positionOf(String event) {
        return Long.parseLong(single("SELECT globalIndex FROM " + TABLE + " WHERE eventIdentifier = ?", event));
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
