package org.fupin.ledger.query.position;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FundPositionTest {

    /** 300.00 received, 20.00 returned, 150.00 committed, 50.00 released, 100.00 paid out (in fen). */
    private static final FundPosition VILLAGE = FundPosition.NONE.receive(30000).giveBack(2000).commit(15000)
            .release(5000).disburse(10000);

    @Test
    void availableIsReceivedLessReturnedLessWhatStaysCommitted() {
        assertThat(VILLAGE.netCommitted()).isEqualTo(10000);
        assertThat(VILLAGE.available()).isEqualTo(30000 - 2000 - 10000);
    }

    @Test
    void heldIsCommittedLessReleasedLessPaidOut() {
        FundPosition project = FundPosition.ofProject(15000, 5000, 10000);
        assertThat(project.held()).isZero();
        assertThat(FundPosition.ofProject(15000, 0, 10000).held()).isEqualTo(5000);
    }

    @Test
    void aReversedPaymentIsHeldAgain() {
        FundPosition project = FundPosition.ofProject(15000, 0, 0).disburse(10000).disburse(-10000);
        assertThat(project.disbursed()).isZero();
        assertThat(project.held()).isEqualTo(15000);
    }

    @Test
    void positionsAddUpColumnByColumn() {
        FundPosition sum = VILLAGE.plus(FundPosition.ofProject(1, 2, 3));
        assertThat(sum).isEqualTo(new FundPosition(30000, 2000, 15001, 5002, 10003));
        assertThat(sum.available()).isEqualTo(VILLAGE.available() + FundPosition.ofProject(1, 2, 3).available());
    }

    @Test
    void unallocatedIsTheAmountLessAllocationsPlusReturns() {
        assertThat(new FundSourcePosition(100000, 30000, 2000).unallocated()).isEqualTo(72000);
    }
}
