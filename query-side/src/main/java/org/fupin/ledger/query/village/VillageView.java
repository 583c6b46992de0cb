package org.fupin.ledger.query.village;

import java.util.List;

/**
 * A village's poverty-fund money: received from funds, returned to them, committed to projects and paid
 * out, and what it still has available, in total and per fund source; and its collective account, which
 * is not poverty-fund money.
 */
public record VillageView(String id, String name, String town, String county, String province,
                          int povertyHouseholds,
                          String received, String returned, String committed, String disbursed, String available,
                          String collectiveIncome, String collectiveSpent, String collectiveBalance,
                          List<FundMoney> byFund) {

    /**
     * The village's money of one fund source. {@code committed} is net of what cancelled projects released;
     * {@code disbursed} is the part of it already paid out.
     */
    public record FundMoney(String fundId, String received, String returned, String committed, String disbursed,
                            String available) {
    }
}
