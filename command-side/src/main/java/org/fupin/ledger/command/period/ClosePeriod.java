package org.fupin.ledger.command.period;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

public record ClosePeriod(@TargetAggregateIdentifier String calendarId, YearMonth period, String note) {
}
