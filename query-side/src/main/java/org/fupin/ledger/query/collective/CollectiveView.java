package org.fupin.ledger.query.collective;

import java.time.LocalDate;
import java.util.List;

/**
 * A village's collective account (村集体经济): every income and spending entry, the totals, and income per
 * asset project, per month it was earned for ({@code incomeByPeriod}) and per month it took effect in
 * ({@code incomeByEffectiveMonth}, by the entries' effective dates).
 */
public record CollectiveView(String villageId, String income, String spent, String balance, List<Entry> incomeEntries,
                             List<Entry> spendingEntries, List<Total> incomeByAssetProject,
                             List<Total> incomeByPeriod, List<Total> incomeByEffectiveMonth) {

    /** One entry; {@code category} is the income category or the spending purpose. */
    public record Entry(String id, String amount, String category, String assetProjectId, String period,
                        String reference, LocalDate effectiveDate) {
    }

    public record Total(String key, String amount) {
    }
}
