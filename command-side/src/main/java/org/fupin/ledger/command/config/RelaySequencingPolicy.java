package org.fupin.ledger.command.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.village.FundsReturned;

/**
 * Orders the relays by the aggregate that receives the second step: an allocation by its village, a return
 * by its fund. A village spends its money oldest first, in the order its allocations arrive, so when one
 * allocation to a village is parked as a dead letter, later allocations to that village must wait behind it
 * rather than overtake it; allocations to every other village, from any fund, keep flowing. An allocation
 * that names no village has no order to keep and waits alone, under its own event id.
 */
final class RelaySequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof FundsAllocated allocated) {
            return allocated.villageId() == null ? event.getIdentifier() : allocated.villageId().toString();
        }
        if (payload instanceof FundsReturned returned) {
            return returned.fundId() == null ? event.getIdentifier() : returned.fundId().toString();
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
