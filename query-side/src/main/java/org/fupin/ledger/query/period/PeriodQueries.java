package org.fupin.ledger.query.period;

import org.fupin.ledger.query.inspection.AsOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ledger's months, from the first one a money entry took effect in (or the first closed, if earlier) to
 * the current month in Asia/Shanghai, with their status. A month is closed when it is at or before the last
 * closed month; it was closed by the first close at or after it.
 */
@Component
public class PeriodQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    PeriodQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Closes of the books, oldest first. */
    private record Close(YearMonth period, Instant closedAt, String closedBy, String note, String head) {
    }

    public List<PeriodView> months() {
        List<Close> closes = closes();
        YearMonth current = YearMonth.from(LocalDate.ofInstant(clock.instant(), AsOf.LEDGER_ZONE));
        YearMonth first = jdbc.sql("SELECT min(period) FROM ledger_month_view").query(String.class).optional()
                .map(YearMonth::parse).orElse(current);
        if (!closes.isEmpty() && closes.get(0).period().isBefore(first)) {
            first = closes.get(0).period();
        }
        List<PeriodView> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
            months.add(view(month, closes));
        }
        return months;
    }

    /** The close that closed {@code month}, if it is closed. */
    public Optional<PeriodView> closing(YearMonth month) {
        PeriodView view = view(month, closes());
        return view.status() == PeriodView.Status.CLOSED ? Optional.of(view) : Optional.empty();
    }

    private static PeriodView view(YearMonth month, List<Close> closes) {
        return closes.stream().filter(close -> !close.period().isBefore(month)).findFirst()
                .map(close -> new PeriodView(month, PeriodView.Status.CLOSED, close.period(), close.closedAt(),
                        close.closedBy(), close.note(), close.head()))
                .orElse(new PeriodView(month, PeriodView.Status.OPEN, null, null, null, null, null));
    }

    private List<Close> closes() {
        return jdbc.sql("""
                        SELECT p.period, p.closed_at, p.closed_by, p.note, c.position AS head_position, c.hash
                        FROM period_close_view p LEFT JOIN integrity_chain c ON c.position = p.position
                        ORDER BY p.period""")
                .query(PeriodQueries::close).list();
    }

    private static Close close(ResultSet row, int n) throws SQLException {
        String hash = row.getString("hash");
        return new Close(YearMonth.parse(row.getString("period")), row.getTimestamp("closed_at").toInstant(),
                row.getString("closed_by"), row.getString("note"),
                hash == null ? null : row.getLong("head_position") + ":" + hash);
    }
}
