package org.fupin.ledger.shared.fund;

/** The level of government or the kind of giver a fund source comes from. */
public enum FundLevel {
    CENTRAL,
    PROVINCIAL,
    MUNICIPAL,
    COUNTY,
    DISPATCHING_UNIT,
    SOCIAL_DONATION
}
