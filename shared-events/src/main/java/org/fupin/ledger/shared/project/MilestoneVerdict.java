package org.fupin.ledger.shared.project;

/** What an inspector or finance officer found when checking a reported milestone on site or on paper. */
public enum MilestoneVerdict {
    /** The progress is real: payments may follow it. */
    CONFIRMED,
    /** The progress was not found as reported: it does not count towards payments. */
    REJECTED
}
