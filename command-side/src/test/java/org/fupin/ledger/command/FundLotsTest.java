package org.fupin.ledger.command;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The lots a village's account (and a project's held money) keeps: oldest money leaves first. */
class FundLotsTest {

    private static final FundId F1 = FundId.of("F1");
    private static final FundId F2 = FundId.of("F2");
    private static final FundId F3 = FundId.of("F3");

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    private static FundAmount part(FundId fundId, String amount) {
        return new FundAmount(fundId, yuan(amount));
    }

    private static Money sum(List<FundAmount> parts) {
        return parts.stream().map(FundAmount::amount).reduce(Money.ZERO, Money::plus);
    }

    /** F1 100.00, then F2 50.00, then F1 25.00. */
    private static FundLots threeLots() {
        FundLots lots = new FundLots();
        lots.credit(F1, yuan("100.00"));
        lots.credit(F2, yuan("50.00"));
        lots.credit(F1, yuan("25.00"));
        return lots;
    }

    @Test
    void startsEmpty() {
        FundLots lots = new FundLots();

        assertThat(lots.total()).isEqualTo(Money.ZERO);
        assertThat(lots.available(F1)).isEqualTo(Money.ZERO);
        assertThat(lots.byFund()).isEmpty();
    }

    @Test
    void availableIsPerFundAndTotalIsAcrossFunds() {
        FundLots lots = threeLots();

        assertThat(lots.available(F1)).isEqualTo(yuan("125.00"));
        assertThat(lots.available(F2)).isEqualTo(yuan("50.00"));
        assertThat(lots.available(F3)).isEqualTo(Money.ZERO);
        assertThat(lots.total()).isEqualTo(yuan("175.00"));
    }

    @Test
    void ignoresZeroCredits() {
        FundLots lots = new FundLots();
        lots.credit(F1, Money.ZERO);

        assertThat(lots.total()).isEqualTo(Money.ZERO);
        assertThat(lots.byFund()).isEmpty();
    }

    @Test
    void creditsAListOfPartsInOrder() {
        FundLots lots = new FundLots();
        lots.credit(List.of(part(F2, "10.00"), part(F1, "20.00")));

        assertThat(lots.byFund()).containsExactly(part(F2, "10.00"), part(F1, "20.00"));
    }

    @Test
    void oldestFirstTakesTheOldestLotsAcrossFundsInArrivalOrder() {
        FundLots lots = threeLots();

        assertThat(lots.oldestFirst(yuan("120.00"))).containsExactly(part(F1, "100.00"), part(F2, "20.00"));
        assertThat(lots.oldestFirst(yuan("30.00"))).containsExactly(part(F1, "30.00"));
    }

    @Test
    void oldestFirstMergesLotsOfOneFundIntoOnePart() {
        FundLots lots = threeLots();

        List<FundAmount> split = lots.oldestFirst(yuan("160.00"));

        assertThat(split).containsExactly(part(F1, "110.00"), part(F2, "50.00"));
        assertThat(sum(split)).isEqualTo(yuan("160.00"));
    }

    @Test
    void oldestFirstSplitSumsExactlyToTheAmount() {
        FundLots lots = threeLots();

        for (String amount : List.of("0.01", "99.99", "100.00", "100.01", "150.00", "150.01", "174.99", "175.00")) {
            assertThat(sum(lots.oldestFirst(yuan(amount)))).as(amount).isEqualTo(yuan(amount));
        }
    }

    @Test
    void oldestFirstOnlyComputesAndTakesNothing() {
        FundLots lots = threeLots();

        lots.oldestFirst(yuan("160.00"));

        assertThat(lots.total()).isEqualTo(yuan("175.00"));
        assertThat(lots.available(F1)).isEqualTo(yuan("125.00"));
    }

    @Test
    void debitConsumesTheOldestLotsOfThatFundFirst() {
        FundLots lots = threeLots();

        lots.debit(List.of(part(F1, "100.00")));

        // The first F1 lot is gone; the later one is whole, now behind F2's lot.
        assertThat(lots.available(F1)).isEqualTo(yuan("25.00"));
        assertThat(lots.byFund()).containsExactly(part(F2, "50.00"), part(F1, "25.00"));
        assertThat(lots.oldestFirst(yuan("60.00"))).containsExactly(part(F2, "50.00"), part(F1, "10.00"));
    }

    @Test
    void debitSpillsIntoTheNextLotOfTheSameFund() {
        FundLots lots = threeLots();

        lots.debit(List.of(part(F1, "110.00")));

        assertThat(lots.available(F1)).isEqualTo(yuan("15.00"));
        assertThat(lots.byFund()).containsExactly(part(F2, "50.00"), part(F1, "15.00"));
    }

    @Test
    void debitLeavesOtherFundsUntouched() {
        FundLots lots = threeLots();

        lots.debit(List.of(part(F1, "125.00")));

        assertThat(lots.available(F1)).isEqualTo(Money.ZERO);
        assertThat(lots.available(F2)).isEqualTo(yuan("50.00"));
        assertThat(lots.byFund()).containsExactly(part(F2, "50.00"));
    }

    @Test
    void debitOfAnOldestFirstSplitTakesExactlyThatMoney() {
        FundLots lots = threeLots();

        lots.debit(lots.oldestFirst(yuan("120.00")));

        assertThat(lots.total()).isEqualTo(yuan("55.00"));
        assertThat(lots.byFund()).containsExactly(part(F2, "30.00"), part(F1, "25.00"));
    }

    @Test
    void byFundListsWhatIsLeftPerFundInOrderOfFirstArrival() {
        FundLots lots = threeLots();

        assertThat(lots.byFund()).containsExactly(part(F1, "125.00"), part(F2, "50.00"));
    }

    @Test
    void refusesToDebitMoreThanTheFundHolds() {
        FundLots lots = threeLots();

        assertThatIllegalStateException().isThrownBy(() -> lots.debit(List.of(part(F2, "50.01"))));
    }

    @Test
    void refusesToDebitAFundItDoesNotHold() {
        FundLots lots = threeLots();

        assertThatIllegalStateException().isThrownBy(() -> lots.debit(List.of(part(F3, "0.01"))));
    }

    @Test
    void clearEmptiesTheLots() {
        FundLots lots = threeLots();

        lots.clear();

        assertThat(lots.total()).isEqualTo(Money.ZERO);
        assertThat(lots.byFund()).isEmpty();
    }
}
