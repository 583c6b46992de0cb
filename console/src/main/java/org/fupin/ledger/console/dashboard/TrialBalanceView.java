package org.fupin.ledger.console.dashboard;

/** The query side's trial balance: the terms that must add up to the funds' total, and whether they do. */
public record TrialBalanceView(String fundsTotal, String unallocated, String villageAvailable, String projectHeld,
                               String disbursed, boolean balanced, String difference) {
}
