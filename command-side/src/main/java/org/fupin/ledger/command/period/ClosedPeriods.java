package org.fupin.ledger.command.period;

import java.time.YearMonth;
import java.util.Optional;

/**
 * The command side's consistent view of which months are closed: every month up to the last one closed. The
 * {@link PeriodGuard} reads it for each money command, the {@link PeriodCalendar} moves it forward when it
 * closes a month; both inside their command's transaction.
 */
public interface ClosedPeriods {

    /**
     * The last closed month, if any. Holds a shared lock until the caller's transaction ends, so a close
     * cannot commit while a money command that found its month open is still being stored.
     */
    Optional<YearMonth> closedThrough();

    /** Closes every month up to {@code period}; waits for money commands that already read the old value. */
    void closeThrough(YearMonth period);
}
