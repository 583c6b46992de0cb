package org.fupin.ledger.command;

import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Money held as lots in the order it arrived, each remembering the fund source it came from: a village's
 * account, or the money a project holds. Taking money consumes the oldest lots first, so every yuan that
 * leaves can say which funds it came from.
 *
 * <p>Mutable, but changed only from event sourcing handlers; the splits to record are computed first (for
 * instance by {@link #oldestFirst(Money)}) and applied with {@link #debit(List)}.
 */
public final class FundLots {

    private final List<Lot> lots = new ArrayList<>();

    private static final class Lot {
        private final FundId fundId;
        private Money remaining;

        /** For reading a snapshot of the aggregate that holds the lots. */
        private Lot() {
            this(null, null);
        }

        private Lot(FundId fundId, Money remaining) {
            this.fundId = fundId;
            this.remaining = remaining;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Lot other && other.fundId.equals(fundId) && other.remaining.equals(remaining);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fundId, remaining);
        }
    }

    public void credit(FundId fundId, Money amount) {
        if (!amount.isZero()) {
            lots.add(new Lot(fundId, amount));
        }
    }

    public void credit(List<FundAmount> parts) {
        parts.forEach(part -> credit(part.fundId(), part.amount()));
    }

    public Money available(FundId fundId) {
        return lots.stream().filter(lot -> lot.fundId.equals(fundId))
                .map(lot -> lot.remaining).reduce(Money.ZERO, Money::plus);
    }

    public Money total() {
        return lots.stream().map(lot -> lot.remaining).reduce(Money.ZERO, Money::plus);
    }

    /** How {@code amount} splits by fund when taken from the oldest money first. The caller checked it is there. */
    public List<FundAmount> oldestFirst(Money amount) {
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
        return split.entrySet().stream().map(e -> new FundAmount(e.getKey(), e.getValue())).toList();
    }

    /** What is left, per fund, in order of first arrival. */
    public List<FundAmount> byFund() {
        return oldestFirst(total());
    }

    /** Takes each part from the oldest lots of its fund; all or nothing. */
    public void debit(List<FundAmount> parts) {
        Map<FundId, Money> wanted = new LinkedHashMap<>();
        parts.forEach(part -> wanted.merge(part.fundId(), part.amount(), Money::plus));
        wanted.forEach((fundId, amount) -> {
            if (amount.isGreaterThan(available(fundId))) {
                throw new IllegalStateException("Debit of " + amount + " of fund " + fundId + " exceeds the money held");
            }
        });
        for (FundAmount part : parts) {
            Money left = part.amount();
            for (Lot lot : lots) {
                if (left.isZero()) {
                    break;
                }
                if (lot.fundId.equals(part.fundId())) {
                    Money taken = lot.remaining.min(left);
                    lot.remaining = lot.remaining.minus(taken);
                    left = left.minus(taken);
                }
            }
        }
        lots.removeIf(lot -> lot.remaining.isZero());
    }

    public void clear() {
        lots.clear();
    }
}
