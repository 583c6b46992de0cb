package org.fupin.ledger.query.period;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.period.PeriodClosed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period list: months from the ledger's first to the current one, closed up to the last close, each
 * closed month naming its close and the integrity head pinned at it, which is the chain's link of the close
 * event itself.
 */
@QuerySideTest
class PeriodsIT {

    private static final YearMonth MARCH = YearMonth.of(2020, 3);

    @Autowired
    StoredEvents events;
    @Autowired
    PeriodQueries periods;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;

    @Test
    void listsMonthsWithTheirStatusAndTheHeadPinnedAtClose() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000.00");
        story.effectiveOn(LocalDate.of(2020, 2, 10)).allocate(fund, "100.00");
        events.periodCalendar(new PeriodClosed("ledger", MARCH.toString(), "一季度结账"));
        events.awaitProjections();

        Map<YearMonth, PeriodView> months = sealedMonths();

        assertThat(months.get(YearMonth.of(2020, 2))).satisfies(february -> {
            assertThat(february.status()).isEqualTo(PeriodView.Status.CLOSED);
            assertThat(february.closedWith()).as("closed by the first close, of March").isEqualTo(MARCH);
        });
        PeriodView march = months.get(MARCH);
        assertThat(march.status()).isEqualTo(PeriodView.Status.CLOSED);
        assertThat(march.note()).isEqualTo("一季度结账");
        assertThat(months.get(YearMonth.of(2020, 4)).status()).isEqualTo(PeriodView.Status.OPEN);
        assertThat(months.get(YearMonth.of(2020, 4)).integrityHead()).isNull();

        String closeEventId = eventStore.readEvents("ledger").asStream()
                .filter(event -> event.getPayload() instanceof PeriodClosed closed && closed.period().equals("2020-03"))
                .findFirst().orElseThrow().getIdentifier();
        String link = jdbc.sql("SELECT position || ':' || hash FROM integrity_chain WHERE event_id = ?")
                .param(closeEventId).query(String.class).single();
        assertThat(march.integrityHead()).isEqualTo(link);
    }

    /** The months once the close event is sealed into the chain, which the sealer does every second. */
    private Map<YearMonth, PeriodView> sealedMonths() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<PeriodView> list = periods.months();
            PeriodView march = list.stream().filter(m -> m.period().equals(MARCH)).findFirst().orElseThrow();
            if (march.integrityHead() != null) {
                return list.stream().collect(Collectors.toMap(PeriodView::period, Function.identity()));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the close event was not sealed within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
