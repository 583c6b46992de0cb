package org.fupin.ledger.query.report;

/**
 * Where all poverty-fund money is right now. It ties out when
 * {@code fundsTotal = unallocated + villageAvailable + projectHeld + disbursed}; collective-economy money
 * is not poverty-fund money and never appears here.
 */
public record TrialBalance(String fundsTotal, String unallocated, String villageAvailable, String projectHeld,
                           String disbursed, boolean balanced) {
}
