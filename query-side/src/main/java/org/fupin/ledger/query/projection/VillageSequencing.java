package org.fupin.ledger.query.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.fupin.ledger.shared.VillageEvent;
import org.springframework.stereotype.Component;

/**
 * The projections' sequencing policy ({@code axon.eventhandling.processors.ledger-projections.sequencing-policy}):
 * every event about a village (a fund's allocation to it, its projects' events, its collective account) is in
 * the village's sequence, so one segment projects all of them, in order, and the rows they write (the village's
 * money per fund, its projects, a fund's share of it) are never written by two segments or two query-side
 * instances at once. Events about no village (a fund's registration, a period's close, a warning's
 * acknowledgement) are in their aggregate's sequence; they write rows of their own.
 */
@Component("villageSequencing")
public class VillageSequencing implements SequencingPolicy<EventMessage<?>> {

    private final SequentialPerAggregatePolicy perAggregate = SequentialPerAggregatePolicy.instance();

    /**
     * The village's id, or the aggregate's for an event about no village, and for one whose payload cannot
     * be read: that event fails in its handlers, where the dead-letter queue parks it in its aggregate's
     * sequence, instead of failing here, outside the queue's reach, and stopping every segment.
     */
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        try {
            if (event.getPayload() instanceof VillageEvent village && village.villageId() != null) {
                return village.villageId().value();
            }
        } catch (RuntimeException unreadable) {
            return perAggregate.getSequenceIdentifierFor(event);
        }
        return perAggregate.getSequenceIdentifierFor(event);
    }
}
