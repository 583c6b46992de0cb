package org.fupin.ledger.command.period;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.period.PeriodClosed;

import java.time.YearMonth;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The ledger's accounting calendar: which months have had their books closed. There is one, {@link #LEDGER}.
 *
 * <p>Consistency boundary: the order of closes. Months close one after another, each only once it is over
 * (before the current month in Asia/Shanghai). The first close may name any month that is over: it closes
 * that month and every month before it, the ledger's opening. After that only the month right after the
 * last closed one may close. The closed months are also written to {@link ClosedPeriods} in the same
 * transaction, where every money command finds them.
 */
@Aggregate
public class PeriodCalendar {

    /** The id of the ledger's one calendar. */
    public static final String LEDGER = "ledger";

    @AggregateIdentifier
    private String calendarId;
    private YearMonth closedThrough;

    protected PeriodCalendar() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ClosePeriod command, EffectiveDates dates, ClosedPeriods closedPeriods) {
        YearMonth period = command.period();
        if (closedThrough != null && !period.isAfter(closedThrough)) {
            throw CommandRefused.conflict("PERIOD_ALREADY_CLOSED", "The books are already closed through "
                    + closedThrough + "; " + period + " is closed");
        }
        if (!period.isBefore(dates.currentMonth())) {
            throw CommandRefused.rule("PERIOD_NOT_OVER", "Only a month that is over can close; "
                    + period + " is not (today is " + dates.today() + ", Asia/Shanghai)");
        }
        if (closedThrough != null && !period.equals(closedThrough.plusMonths(1))) {
            throw CommandRefused.rule("PERIOD_OUT_OF_ORDER", "Months close in order: the next to close is "
                    + closedThrough.plusMonths(1) + ", not " + period);
        }
        closedPeriods.closeThrough(period);
        apply(new PeriodClosed(command.calendarId(), period.toString(), command.note()));
    }

    @EventSourcingHandler
    void on(PeriodClosed event) {
        calendarId = event.calendarId();
        closedThrough = YearMonth.parse(event.period());
    }
}
