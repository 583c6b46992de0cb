package org.fupin.ledger.query.warning;

/** How urgently a warning wants a person's attention; set per rule version in the rules file. */
public enum Severity { LOW, MEDIUM, HIGH }
