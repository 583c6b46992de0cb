package org.fupin.ledger.query.village;

import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fupin.ledger.query.VillageStory.from;

/** A village's money per fund source, live from its read model and as-of from its own events. */
@QuerySideTest
class VillageViewIT {

    @Autowired
    StoredEvents events;
    @Autowired
    VillageController villages;

    @Test
    void availableIsWhatTheVillageReceivedLessReturnsAndWhatStaysCommitted() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId province = story.fund("1000000.00");
        FundId unit = story.fund("200000.00");
        story.allocate(province, "150000.00").allocate(unit, "50000.00").giveBack(unit, "10000.00");
        ProjectId road = story.project("180000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.commit(road, from(province, "150000.00"), from(unit, "20000.00"));
        story.pay(road, from(province, "100000.00"));
        ProjectId school = story.project("10000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.commit(school, from(unit, "10000.00")).cancel(school, from(unit, "10000.00"));
        events.awaitProjections();

        VillageView village = villages.one(story.village().value(), null);
        assertThat(village.received()).isEqualTo("200000.00");
        assertThat(village.returned()).isEqualTo("10000.00");
        assertThat(village.committed()).isEqualTo("170000.00");
        assertThat(village.disbursed()).isEqualTo("100000.00");
        assertThat(village.available()).isEqualTo("20000.00");
        assertThat(village.byFund()).containsExactlyInAnyOrder(
                new VillageView.FundMoney(province.value(), "150000.00", "0.00", "150000.00", "100000.00", "0.00"),
                new VillageView.FundMoney(unit.value(), "50000.00", "10000.00", "20000.00", "0.00", "20000.00"));
    }

    @Test
    void asOfAMomentTheVillageIsReplayedFromItsEventsUpToThen() throws InterruptedException {
        VillageStory story = VillageStory.of(events);
        FundId fund = story.fund("1000000.00");
        story.allocate(fund, "150000.00");
        ProjectId road = story.project("180000.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31));
        story.commit(road, from(fund, "150000.00"));
        Thread.sleep(5);
        Instant beforePayment = Instant.now();
        Thread.sleep(5);
        story.pay(road, from(fund, "100000.00"));
        events.awaitProjections();

        VillageView then = villages.one(story.village().value(), beforePayment.toString());
        assertThat(then.committed()).isEqualTo("150000.00");
        assertThat(then.disbursed()).isEqualTo("0.00");
        VillageView now = villages.one(story.village().value(), Instant.now().toString());
        assertThat(now).isEqualTo(villages.one(story.village().value(), null));
        assertThat(now.disbursed()).isEqualTo("100000.00");
    }
}
