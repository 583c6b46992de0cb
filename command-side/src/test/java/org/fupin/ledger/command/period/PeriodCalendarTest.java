package org.fupin.ledger.command.period;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.shared.period.PeriodClosed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.command.Refusals.refusal;

class PeriodCalendarTest {

    /** 2026-11-01 01:00 in Shanghai, still 2026-10-31 in UTC: "today" must be China's. */
    private static final Clock NOVEMBER_FIRST = Clock.fixed(Instant.parse("2026-10-31T17:00:00Z"), ZoneOffset.UTC);
    private static final String LEDGER = PeriodCalendar.LEDGER;

    private final ClosedMonths closedMonths = new ClosedMonths();
    private AggregateTestFixture<PeriodCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PeriodCalendar.class);
        fixture.registerInjectableResource(new EffectiveDates(NOVEMBER_FIRST));
        fixture.registerInjectableResource(closedMonths);
    }

    private static ClosePeriod close(String period) {
        return new ClosePeriod(LEDGER, YearMonth.parse(period), "月末结账");
    }

    private static PeriodClosed closed(String period) {
        return new PeriodClosed(LEDGER, period, "月末结账");
    }

    @Test
    void firstCloseMayNameAnyMonthThatIsOver() {
        fixture.givenNoPriorActivity()
                .when(close("2026-08"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(closed("2026-08"));
        assertThat(closedMonths.closedThrough()).contains(YearMonth.of(2026, 8));
    }

    @Test
    void closesTheMonthAfterTheLastClosedOne() {
        fixture.given(closed("2026-09"))
                .when(close("2026-10"))
                .expectEvents(closed("2026-10"));
        assertThat(closedMonths.closedThrough()).contains(YearMonth.of(2026, 10));
    }

    @Test
    void cannotCloseAMonthTwice() {
        fixture.given(closed("2026-09"))
                .when(close("2026-09"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "PERIOD_ALREADY_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotCloseAMonthBeforeTheLastClosedOne() {
        fixture.given(closed("2026-08"), closed("2026-09"))
                .when(close("2026-07"))
                .expectExceptionDetails(refusal(Kind.CONFLICT, "PERIOD_ALREADY_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void cannotSkipAMonth() {
        fixture.given(closed("2026-08"))
                .when(close("2026-10"))
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.RULE, "PERIOD_OUT_OF_ORDER"))
                .expectNoEvents();
        assertThat(closedMonths.closedThrough()).isEqualTo(Optional.empty());
    }

    @Test
    void cannotCloseTheCurrentMonthInShanghai() {
        fixture.givenNoPriorActivity()
                .when(close("2026-11"))
                .expectExceptionDetails(refusal(Kind.RULE, "PERIOD_NOT_OVER"))
                .expectNoEvents();
    }

    @Test
    void octoberIsOverOnNovemberFirstInShanghaiWhileStillOctoberInUtc() {
        fixture.given(closed("2026-09"))
                .when(close("2026-10"))
                .expectEvents(closed("2026-10"));
    }

    @Test
    void cannotCloseAFutureMonth() {
        fixture.given(closed("2026-10"))
                .when(close("2026-12"))
                .expectExceptionDetails(refusal(Kind.RULE, "PERIOD_NOT_OVER"))
                .expectNoEvents();
    }
}
