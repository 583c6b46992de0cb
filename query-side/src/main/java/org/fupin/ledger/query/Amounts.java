package org.fupin.ledger.query;

import org.fupin.ledger.shared.Money;

/** Read models keep whole fen; every answer shows them as decimal strings with exactly two decimals. */
public final class Amounts {

    private Amounts() {
    }

    public static String format(long fen) {
        return Money.ofFen(fen).toString();
    }
}
