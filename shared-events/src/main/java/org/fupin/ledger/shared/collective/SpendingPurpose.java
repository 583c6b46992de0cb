package org.fupin.ledger.shared.collective;

/** What the village committee spends collective income on. */
public enum SpendingPurpose {
    PUBLIC_WELFARE_JOBS,
    HOUSEHOLD_DIVIDENDS,
    MAINTENANCE,
    OTHER
}
