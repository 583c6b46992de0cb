package org.fupin.ledger.command.period;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.MoneyCommand;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Refuses a {@link MoneyCommand} dated after today ({@code FUTURE_EFFECTIVE_DATE}) or in a closed month
 * ({@code PERIOD_CLOSED}) before any aggregate handles it, so the refusal appends nothing. It runs inside the
 * command's transaction and reads the closed months under a shared lock ({@link ClosedPeriods}), which is
 * what makes a close and a payment into the month being closed wait for one another.
 */
@Component
public class PeriodGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final EffectiveDates dates;
    private final ClosedPeriods closedPeriods;

    public PeriodGuard(EffectiveDates dates, ClosedPeriods closedPeriods) {
        this.dates = dates;
        this.closedPeriods = closedPeriods;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof MoneyCommand money) {
            check(money.effectiveDate());
        }
        return chain.proceed();
    }

    private void check(LocalDate effective) {
        if (effective.isAfter(dates.today())) {
            throw CommandRefused.rule("FUTURE_EFFECTIVE_DATE", "The effective date " + effective
                    + " is after today (" + dates.today() + ", Asia/Shanghai)");
        }
        YearMonth month = YearMonth.from(effective);
        closedPeriods.closedThrough().filter(closed -> !month.isAfter(closed)).ifPresent(closed -> {
            throw CommandRefused.rule("PERIOD_CLOSED", "The books are closed through " + closed
                    + "; an entry effective " + effective + " must go into an open month, naming what it corrects");
        });
    }
}
