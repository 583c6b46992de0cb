package org.fupin.ledger.shared.project;

import org.fupin.ledger.shared.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentAdvanceTest {

    private static final Money BUDGET = Money.of("1000.00");

    @Test
    void allowsTheAdvanceBeforeAnyVerifiedProgress() {
        assertThat(new PaymentAdvance(30).payableNow(BUDGET, 0, Money.ZERO, BUDGET)).isEqualTo(Money.of("300.00"));
    }

    @Test
    void verifiedProgressRaisesTheCeilingAndWhatIsPaidOrPendingUsesItUp() {
        assertThat(new PaymentAdvance(30).payableNow(BUDGET, 40, Money.of("250.00"), BUDGET))
                .isEqualTo(Money.of("450.00"));
    }

    @Test
    void neverMoreThanTheProjectHolds() {
        assertThat(new PaymentAdvance(30).payableNow(BUDGET, 100, Money.ZERO, Money.of("120.00")))
                .isEqualTo(Money.of("120.00"));
    }

    @Test
    void nothingWhenPaymentsAlreadyReachTheCeiling() {
        assertThat(new PaymentAdvance(30).payableNow(BUDGET, 10, Money.of("450.00"), BUDGET)).isEqualTo(Money.ZERO);
    }

    @Test
    void oneHundredPercentTurnsTheRuleOff() {
        assertThat(new PaymentAdvance(100).payableNow(BUDGET, 0, Money.of("900.00"), Money.of("100.00")))
                .isEqualTo(Money.of("100.00"));
    }

    @Test
    void roundsTheCeilingDownToWholeFen() {
        assertThat(new PaymentAdvance(30).payableNow(Money.of("0.05"), 3, Money.ZERO, Money.of("0.05")))
                .isEqualTo(Money.of("0.01"));
    }

    @Test
    void refusesANegativeAdvance() {
        assertThatThrownBy(() -> new PaymentAdvance(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
