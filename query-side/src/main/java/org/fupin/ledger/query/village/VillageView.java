package org.fupin.ledger.query.village;

import org.fupin.ledger.query.Amounts;
import org.fupin.ledger.query.position.FundPosition;

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

    /** The view of a village whose per-fund positions add up to {@code total}. */
    public static VillageView of(String id, String name, String town, String county, String province,
                                 int povertyHouseholds, FundPosition total, long collectiveIncome,
                                 long collectiveSpent, List<FundMoney> byFund) {
        return new VillageView(id, name, town, county, province, povertyHouseholds, Amounts.format(total.received()),
                Amounts.format(total.returned()), Amounts.format(total.netCommitted()),
                Amounts.format(total.disbursed()), Amounts.format(total.available()),
                Amounts.format(collectiveIncome), Amounts.format(collectiveSpent),
                Amounts.format(collectiveIncome - collectiveSpent), byFund);
    }

    /**
     * The village's money of one fund source. {@code committed} is net of what cancelled projects released;
     * {@code disbursed} is the part of it already paid out.
     */
    public record FundMoney(String fundId, String received, String returned, String committed, String disbursed,
                            String available) {

        public static FundMoney of(String fundId, FundPosition money) {
            return new FundMoney(fundId, Amounts.format(money.received()), Amounts.format(money.returned()),
                    Amounts.format(money.netCommitted()), Amounts.format(money.disbursed()),
                    Amounts.format(money.available()));
        }
    }
}
