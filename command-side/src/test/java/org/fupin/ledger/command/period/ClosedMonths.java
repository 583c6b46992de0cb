package org.fupin.ledger.command.period;

import java.time.YearMonth;
import java.util.Optional;

/** {@link ClosedPeriods} held in memory for fixture tests, which run without a database. */
class ClosedMonths implements ClosedPeriods {

    private YearMonth closedThrough;

    ClosedMonths() {
    }

    ClosedMonths(YearMonth closedThrough) {
        this.closedThrough = closedThrough;
    }

    @Override
    public Optional<YearMonth> closedThrough() {
        return Optional.ofNullable(closedThrough);
    }

    @Override
    public void closeThrough(YearMonth period) {
        closedThrough = period;
    }
}
