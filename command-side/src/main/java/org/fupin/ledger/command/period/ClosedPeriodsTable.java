package org.fupin.ledger.command.period;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.util.Optional;

/**
 * {@link ClosedPeriods} in the one-row table {@code event_store.period_calendar}. A money command reads the
 * row {@code FOR SHARE}; a close updates it, which takes the row's exclusive lock. PostgreSQL makes the two
 * wait for each other: a money command that read "open" is stored before the close commits (so it is sealed
 * before the close event), and one that reads after the close waits for it and sees the month closed.
 */
@Component
class ClosedPeriodsTable implements ClosedPeriods {

    private final JdbcTemplate jdbc;

    ClosedPeriodsTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<YearMonth> closedThrough() {
        String value = jdbc.queryForObject(
                "SELECT closed_through FROM event_store.period_calendar WHERE id = 1 FOR SHARE", String.class);
        return Optional.ofNullable(value).map(YearMonth::parse);
    }

    @Override
    public void closeThrough(YearMonth period) {
        jdbc.update("UPDATE event_store.period_calendar SET closed_through = ? WHERE id = 1", period.toString());
    }
}
