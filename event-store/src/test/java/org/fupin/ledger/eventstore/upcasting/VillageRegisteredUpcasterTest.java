package org.fupin.ledger.eventstore.upcasting;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class VillageRegisteredUpcasterTest {

    private final Jackson3Serializer serializer = Jackson3Serializer.builder().build();
    private final VillageRegisteredUpcaster upcaster = new VillageRegisteredUpcaster();

    /** Exactly the bytes revision 1 stored in the payload column. */
    private static final String REVISION_1_JSON =
            "{\"villageId\":\"ZT-DONGGOU\",\"name\":\"东沟村\",\"town\":\"Z镇\",\"county\":\"Z县\",\"povertyHouseholds\":412}";

    @Test
    void readsARevisionOneEventAsTheCurrentShapeWithNoProvinceRecorded() {
        List<IntermediateEventRepresentation> upcasted = upcaster.upcast(Stream.of(stored(REVISION_1_JSON, "1")))
                .toList();

        assertThat(upcasted).hasSize(1);
        assertThat(upcasted.get(0).getType().getRevision()).isEqualTo("2");
        Object event = serializer.deserialize((SerializedObject<?>) upcasted.get(0).getData());
        assertThat(event).isEqualTo(new VillageRegistered(VillageId.of("ZT-DONGGOU"), "东沟村", "Z镇", "Z县", 412, ""));
    }

    @Test
    void leavesRevisionTwoEventsAsTheyAre() {
        String revision2 = REVISION_1_JSON.replace("}", ",\"province\":\"山西省\"}");
        List<IntermediateEventRepresentation> upcasted = upcaster.upcast(Stream.of(stored(revision2, "2"))).toList();

        Object event = serializer.deserialize((SerializedObject<?>) upcasted.get(0).getData());
        assertThat(event).isEqualTo(new VillageRegistered(VillageId.of("ZT-DONGGOU"), "东沟村", "Z镇", "Z县", 412, "山西省"));
    }

    private IntermediateEventRepresentation stored(String json, String revision) {
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>("Village", "village:ZT-DONGGOU", 0L,
                "event-1", Instant.parse("2026-01-05T02:00:00Z"), VillageRegisteredUpcaster.TYPE, revision,
                json.getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));
        return new InitialEventRepresentation(entry, serializer);
    }
}
