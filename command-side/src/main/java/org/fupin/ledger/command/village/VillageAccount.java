package org.fupin.ledger.command.village;

import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The poverty-fund money a village holds, kept as lots in the order they arrived, each remembering the
 * fund it came from. Taking money consumes the oldest lots first, so every yuan that leaves the account
 * can say which fund sources it came from.
 *
 * <p>Mutable, but changed only from the village's event sourcing handlers.
 */
final class VillageAccount {

    private final List<Lot> lots = new ArrayList<>();

    /** Money of one fund source still in the account, from one allocation (or release). */
    static final class Lot {
        private final FundId fundId;
        private Money remaining;

        Lot(FundId fundId, Money remaining) {
            this.fundId = fundId;
            this.remaining = remaining;
        }
    }

    void credit(FundId fundId, Money amount) {
        lots.add(new Lot(fundId, amount));
    }

    Money available(FundId fundId) {
        return lots.stream().filter(lot -> lot.fundId.equals(fundId))
                .map(lot -> lot.remaining).reduce(Money.ZERO, Money::plus);
    }

    Money available() {
        return lots.stream().map(lot -> lot.remaining).reduce(Money.ZERO, Money::plus);
    }

    /** Takes {@code amount} of one fund's money, oldest lots first. The caller checked it is there. */
    void debit(FundId fundId, Money amount) {
        Money left = amount;
        for (Lot lot : lots) {
            if (left.isZero()) {
                break;
            }
            if (lot.fundId.equals(fundId)) {
                Money taken = lot.remaining.min(left);
                lot.remaining = lot.remaining.minus(taken);
                left = left.minus(taken);
            }
        }
        lots.removeIf(lot -> lot.remaining.isZero());
    }

    /** How {@code amount} would be split by fund if taken from the oldest money first. */
    Map<FundId, Money> oldestFirst(Money amount) {
        Map<FundId, Money> split = new LinkedHashMap<>();
        Money left = amount;
        for (Lot lot : lots) {
            if (left.isZero()) {
                break;
            }
            Money taken = lot.remaining.min(left);
            split.merge(lot.fundId, taken, Money::plus);
            left = left.minus(taken);
        }
        return split;
    }
}
