package org.fupin.ledger.query.village;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The First Secretaries of the villages: whom each village's pages are open to, besides the ledger's staff. */
@Component
public class Secretaries {

    private final JdbcClient jdbc;

    Secretaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Assignment(String username, String name, String dispatchingUnit, LocalDate since,
                             LocalDate recalledOn) {
    }

    /** The villages {@code username} is currently assigned to. */
    public Set<String> villagesOf(String username) {
        return new TreeSet<>(jdbc.sql("SELECT village_id FROM village_secretary WHERE username = ? AND recalled_on IS NULL")
                .param(username).query(String.class).list());
    }

    public boolean assigned(String username, String villageId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM village_secretary
                                       WHERE username = ? AND village_id = ? AND recalled_on IS NULL)""")
                .params(username, villageId).query(Boolean.class).single();
    }

    /** Everyone ever assigned to the village, the current ones without {@code recalledOn}. */
    List<Assignment> of(String villageId) {
        return jdbc.sql("""
                        SELECT username, name, dispatching_unit, since, recalled_on FROM village_secretary
                        WHERE village_id = ? ORDER BY since, username""")
                .param(villageId)
                .query((row, n) -> new Assignment(row.getString(1), row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)))
                .list();
    }
}
