package org.fupin.ledger.query;

import org.fupin.ledger.shared.Money;

/**
 * Read models keep whole fen; every answer shows them as decimal strings with exactly two decimals. A
 * difference (and a read model gone wrong) can be negative, shown with a leading minus.
 */
public final class Amounts {

    private Amounts() {
    }

    public static String format(long fen) {
        return fen < 0 ? "-" + Money.ofFen(-fen) : Money.ofFen(fen).toString();
    }
}
