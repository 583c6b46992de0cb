package org.fupin.ledger.query.inspection;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.query.http.NotFound;
import org.fupin.ledger.query.period.EffectiveDate;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.Identifiers;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;


/**
 * Reads a village's history from the event store through Axon ({@code readEvents} of the village's own
 * stream), so it works the same on PostgreSQL and on Axon Server and never scans other villages' events.
 * Everything that touched the village is in that stream: allocations as they were credited, returns,
 * projects and their money, and the collective account.
 */
@Component
public class VillageHistory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventStore eventStore;

    VillageHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The village's state replayed up to {@code asOf}; 404 when it did not exist yet. */
    public VillageReplay replay(String villageId, AsOf asOf) {
        VillageReplay replay = VillageReplay.of(stream(villageId), asOf);
        if (!replay.exists()) {
            throw new NotFound("village", villageId);
        }
        return replay;
    }

    public DomainEventStream stream(String villageId) {
        if (!Identifiers.isValid(villageId)) {
            throw new NotFound("village", villageId);
        }
        return eventStore.readEvents("village:" + villageId, 0L);
    }

    static HistoryEntry entry(DomainEventMessage<?> event) {
        Object payload = event.getPayload();
        LocalDate effective = EffectiveDate.of(payload, event.getTimestamp()).orElse(null);
        return new HistoryEntry(event.getSequenceNumber(), event.getTimestamp(), payload.getClass().getSimpleName(),
                text(event, EventMetadata.ACTOR), text(event, EventMetadata.ROLE), text(event, EventMetadata.REQUEST_ID),
                Summaries.of(payload), JSON.valueToTree(payload), effective,
                effective != null && EffectiveDate.backdated(effective, event.getTimestamp()));
    }

    private static String text(DomainEventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }
}
