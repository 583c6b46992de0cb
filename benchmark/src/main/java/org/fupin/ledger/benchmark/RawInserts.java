package org.fupin.ledger.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Figure 1, what the hardware allows: durable single-row inserts (one commit each, fsync and
 * synchronous_commit on) into a table shaped like the event table, about 300-byte payloads, from
 * {@code clients} connections at once. It lives in its own schema and is dropped afterwards.
 */
final class RawInserts {

    private RawInserts() {
    }

    static double opsPerSecond(String jdbcUrl, int operations, int clients) throws Exception {
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement ddl = db.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS bench");
            ddl.execute("DROP TABLE IF EXISTS bench.raw_event");
            ddl.execute("""
                    CREATE TABLE bench.raw_event (
                        globalIndex BIGSERIAL PRIMARY KEY, eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                        aggregateIdentifier VARCHAR(255) NOT NULL, sequenceNumber BIGINT NOT NULL,
                        type VARCHAR(255), timeStamp VARCHAR(255) NOT NULL, payloadType VARCHAR(255) NOT NULL,
                        payloadRevision VARCHAR(255), payload BYTEA NOT NULL, metaData BYTEA,
                        UNIQUE (aggregateIdentifier, sequenceNumber))""");
        }
        byte[] payload = ("{\"villageId\":\"BENCH-V1\",\"fundId\":\"BENCH-F1\",\"allocationId\":\"A-0000001\","
                + "\"amount\":\"1.00\",\"purpose\":\"道路硬化 road hardening\",\"documentNo\":\"晋财农〔2026〕12号\","
                + "\"padding\":\"" + "x".repeat(120) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] metadata = "{\"actor\":\"finance\",\"role\":\"FINANCE_OFFICER\"}".getBytes();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(jdbcUrl);
                     PreparedStatement insert = db.prepareStatement("""
                             INSERT INTO bench.raw_event (eventIdentifier, aggregateIdentifier, sequenceNumber, type,
                                 timeStamp, payloadType, payloadRevision, payload, metaData)
                             VALUES (?, ?, ?, 'Village', ?, 'org.fupin.ledger.shared.village.AllocationReceived', '1', ?, ?)""")) {
                    long sequence = 0;
                    while (next.getAndIncrement() < operations) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setString(2, "village:BENCH-RAW-" + client);
                        insert.setLong(3, sequence++);
                        insert.setString(4, Instant.now().toString());
                        insert.setBytes(5, payload);
                        insert.setBytes(6, metadata);
                        insert.executeUpdate();
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try (Connection db = DriverManager.getConnection(jdbcUrl); Statement ddl = db.createStatement()) {
            ddl.execute("DROP SCHEMA bench CASCADE");
        }
        return operations / seconds;
    }
}
