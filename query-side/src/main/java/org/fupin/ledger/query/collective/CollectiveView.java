package org.fupin.ledger.query.collective;

import java.util.List;

/**
 * A village's collective account (村集体经济): every income and spending entry, the totals, and income per
 * asset project and per month.
 */
public record CollectiveView(String villageId, String income, String spent, String balance, List<Entry> incomeEntries,
                             List<Entry> spendingEntries, List<Total> incomeByAssetProject,
                             List<Total> incomeByPeriod) {

    /** One entry; {@code category} is the income category or the spending purpose. */
    public record Entry(String id, String amount, String category, String assetProjectId, String period,
                        String reference) {
    }

    public record Total(String key, String amount) {
    }
}
