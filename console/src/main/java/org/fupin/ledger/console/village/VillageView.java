package org.fupin.ledger.console.village;

import java.util.List;

/** A village's money as the query side answers it, in total and per fund source. */
public record VillageView(String id, String name, String town, String county, String province,
                          int povertyHouseholds, String received, String returned, String committed,
                          String disbursed, String available, String collectiveIncome, String collectiveSpent,
                          String collectiveBalance, List<FundMoney> byFund) {

    public record FundMoney(String fundId, String received, String returned, String committed, String disbursed,
                            String available) {
    }
}
