package org.fupin.ledger.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts stored events straight from the database: the test's own witness that a refusal appended nothing. */
final class EventCount {

    private EventCount() {
    }

    /** The count once the relays have caught up: nothing new for two seconds. */
    static long settled() {
        return settled(sharedDatabase());
    }

    /** {@link #settled()} in the database at {@code jdbcUrl}, for a test that runs a ledger of its own. */
    static long settled(String jdbcUrl) {
        long count = now(jdbcUrl);
        for (int quiet = 0; quiet < 10; ) {
            LedgerClient.sleep(200);
            long now = now(jdbcUrl);
            quiet = now == count ? quiet + 1 : 0;
            count = now;
        }
        return count;
    }

    static long now() {
        return now(sharedDatabase());
    }

    private static String sharedDatabase() {
        try {
            return RunningLedger.system().jdbcUrl();
        } catch (Exception e) {
            throw new IllegalStateException("The ledger is not running", e);
        }
    }

    private static long now(String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM event_store.domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
