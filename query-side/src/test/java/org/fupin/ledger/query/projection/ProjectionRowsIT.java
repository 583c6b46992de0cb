package org.fupin.ledger.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fupin.ledger.query.QuerySideTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a batch's changes reach the tables: folded per row and written at the batch's commit, rows of an
 * inserted table created only by inserts, and a rolled-back batch's events written one by one on its retry.
 * Each test works on temporary tables in one transaction that is rolled back.
 */
@QuerySideTest
class ProjectionRowsIT {

    private static final RowTable SUMS = RowTable.upserted("probe_sum", "fund_id", "village_id");
    private static final RowTable ITEMS = RowTable.inserted("probe_item", "item_id");

    @Autowired
    ProjectionRows rows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aBatchIsFoldedIntoOneChangePerRowAndWrittenWhenItCommits() {
        inTemporaryTables(() -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event());
            change(SUMS, List.of("F1", "V1"), row -> row.add("received", 500).max("progress", 30)
                    .set("label", "first").max("last_on", LocalDate.of(2026, 3, 1)));
            change(SUMS, List.of("F1", "V1"), row -> row.add("received", 250).max("progress", 70)
                    .set("label", "second").max("last_on", LocalDate.of(2026, 2, 1)));
            change(SUMS, List.of("F1", "V1"), row -> row.add("received", -100).max("progress", 50));
            change(SUMS, List.of("F1", "V2"), row -> row.add("received", 7));
            assertThat(count("probe_sum")).as("nothing is written before the batch commits").isZero();
            batch.commit();

            assertThat(sums()).containsExactly(
                    Map.of("fund_id", "F1", "village_id", "V1", "received", 650L, "progress", 70,
                            "label", "second", "last_on", "2026-03-01"),
                    Map.of("fund_id", "F1", "village_id", "V2", "received", 7L, "progress", 0, "label", "",
                            "last_on", ""));

            UnitOfWork<?> next = DefaultUnitOfWork.startAndGet(event());
            change(SUMS, List.of("F1", "V1"), row -> row.add("received", 50).max("progress", 10));
            next.commit();
            assertThat(sums().get(0)).containsEntry("received", 700L).containsEntry("progress", 70)
                    .containsEntry("label", "second");
        });
    }

    @Test
    void rowsOfAnInsertedTableAreCreatedOnlyByInsertsAndAnInsertKeepsAnExistingRow() {
        inTemporaryTables(() -> {
            UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(event());
            change(ITEMS, List.of("I1"), row -> row.set("status", "APPROVED"));
            change(ITEMS, List.of("I2"), row -> row.insert("status", "PROPOSED").insert("note", "proposed"));
            change(ITEMS, List.of("I2"), row -> row.set("status", "APPROVED"));
            batch.commit();
            assertThat(items()).containsExactly("I2 APPROVED proposed");

            UnitOfWork<?> replayed = DefaultUnitOfWork.startAndGet(event());
            change(ITEMS, List.of("I2"), row -> row.insert("status", "PROPOSED").insert("note", "again"));
            change(ITEMS, List.of("I3"), row -> row.insert("status", "PROPOSED").insert("note", "third"));
            replayed.commit();
            assertThat(items()).containsExactly("I2 APPROVED proposed", "I3 PROPOSED third");
        });
    }

    @Test
    void aRolledBackBatchIsWrittenEventByEventWhenItIsRetried() {
        inTemporaryTables(() -> {
            EventMessage<?> event = event();
            UnitOfWork<?> failed = DefaultUnitOfWork.startAndGet(event);
            change(SUMS, List.of("F9", "V9"), row -> row.add("received", 10));
            failed.rollback(new IllegalStateException("a statement of the batch failed"));
            assertThat(count("probe_sum")).isZero();

            UnitOfWork<?> retry = DefaultUnitOfWork.startAndGet(event);
            change(SUMS, List.of("F9", "V9"), row -> row.add("received", 10));
            assertThat(count("probe_sum")).as("written as the event is handled").isEqualTo(1);
            retry.commit();

            UnitOfWork<?> later = DefaultUnitOfWork.startAndGet(event());
            change(SUMS, List.of("F9", "V9"), row -> row.add("received", 5));
            assertThat(sums().get(0)).as("other events are folded again").containsEntry("received", 10L);
            later.commit();
            assertThat(sums().get(0)).containsEntry("received", 15L);
        });
    }

    private void change(RowTable table, List<?> key, Consumer<RowChange> change) {
        rows.change(table, key, change);
    }

    private static EventMessage<?> event() {
        return GenericEventMessage.asEventMessage("probe");
    }

    private void inTemporaryTables(Runnable test) {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    CREATE TEMPORARY TABLE probe_sum (
                        fund_id VARCHAR(64) NOT NULL, village_id VARCHAR(64) NOT NULL,
                        received BIGINT NOT NULL DEFAULT 0, progress INTEGER NOT NULL DEFAULT 0,
                        label TEXT NOT NULL DEFAULT '', last_on DATE,
                        PRIMARY KEY (fund_id, village_id)) ON COMMIT DROP""").update();
            jdbc.sql("""
                    CREATE TEMPORARY TABLE probe_item (
                        item_id VARCHAR(64) PRIMARY KEY, status VARCHAR(16) NOT NULL, note TEXT NOT NULL)
                    ON COMMIT DROP""").update();
            try {
                test.run();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private List<Map<String, Object>> sums() {
        return jdbc.sql("""
                        SELECT fund_id, village_id, received, progress, label, COALESCE(last_on::text, '') AS last_on
                        FROM probe_sum ORDER BY fund_id, village_id""")
                .query((row, n) -> Map.<String, Object>of("fund_id", row.getString(1), "village_id", row.getString(2),
                        "received", row.getLong(3), "progress", row.getInt(4), "label", row.getString(5),
                        "last_on", row.getString(6)))
                .list();
    }

    private List<String> items() {
        return jdbc.sql("SELECT item_id || ' ' || status || ' ' || note FROM probe_item ORDER BY item_id")
                .query(String.class).list();
    }
}
