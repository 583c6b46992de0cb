package org.fupin.ledger.benchmark;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundAmount;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.ProjectId;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.collective.CollectiveIncomeRecorded;
import org.fupin.ledger.shared.collective.IncomeCategory;
import org.fupin.ledger.shared.project.FundsCommitted;
import org.fupin.ledger.shared.project.FundsDisbursed;
import org.fupin.ledger.shared.project.MilestoneReported;
import org.fupin.ledger.shared.project.ProjectProposed;
import org.fupin.ledger.shared.project.ProjectType;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills the store fast: village streams appended through Axon's {@code EventStore} in batches, each a
 * registration, money received, a project, then commitments, milestones, payments and collective income
 * in turn, so that every village's money adds up as the aggregates would have kept it. Every
 * type is one the projections work on, so a rebuild over them does real work; none is one the relays act
 * on, so the command side is left alone.
 */
final class BulkEvents {

    private static final int BATCH = 2_000;
    private static final MetaData METADATA = MetaData.with(EventMetadata.ACTOR, "bench").and(EventMetadata.ROLE, "ADMIN");
    private static final Money ONE = Money.of("1.00");
    private static final List<FundAmount> SPLIT = List.of(new FundAmount(FundId.of("BENCH-BULK-F"), ONE));

    private final EventStore store;
    private final String prefix;
    private int batchNumber;

    BulkEvents(EventStore store, String prefix) {
        this.store = store;
        this.prefix = prefix;
    }

    /** Appends about {@code events} events over villages of {@code perVillage} events each. */
    void append(long events, int perVillage) {
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        long villages = Math.max(1, (events + perVillage - 1) / perVillage);
        for (long v = 0; v < villages; v++) {
            String id = prefix + "-" + batchNumber + "-" + v;
            streamOf(id, (int) Math.min(perVillage, events - v * perVillage), batch);
        }
        flush(batch);
        batchNumber++;
    }

    /** Appends one village's stream of {@code count} events: the village an as-of query replays. */
    void village(String villageId, int count) {
        List<EventMessage<?>> batch = new ArrayList<>(BATCH);
        streamOf(villageId, count, batch);
        flush(batch);
    }

    private void streamOf(String villageId, int count, List<EventMessage<?>> batch) {
        VillageId village = VillageId.of(villageId);
        ProjectId project = ProjectId.of(villageId + "-P");
        for (int seq = 0; seq < count; seq++) {
            Object payload = switch (seq) {
                case 0 -> new VillageRegistered(village, "基准村", "Z镇", "Z县", 100, "山西省");
                case 1 -> new AllocationReceived(village, FundId.of("BENCH-BULK-F"), "A1", Money.of("900000000.00"),
                        "基准", null, null);
                case 2 -> new ProjectProposed(village, project, ProjectType.OTHER, "基准项目", Money.of("900000000.00"),
                        LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), Map.of());
                default -> switch (seq % 4) {
                    case 0 -> new FundsCommitted(village, project, "C" + seq, ONE, SPLIT, null);
                    case 1 -> new MilestoneReported(village, project, "M" + seq, "进度", LocalDate.parse("2026-05-01"),
                            50, null);
                    case 2 -> new FundsDisbursed(village, project, "D" + seq, ONE, "工程公司", "记-" + seq, SPLIT, null);
                    default -> new CollectiveIncomeRecorded(village, "I" + seq, ONE, IncomeCategory.OTHER, null,
                            "2026-05", "R-" + seq, null);
                };
            };
            batch.add(new GenericDomainEventMessage<>("Village", "village:" + villageId, seq, payload, METADATA));
            if (batch.size() == BATCH) {
                flush(batch);
            }
        }
    }

    private void flush(List<EventMessage<?>> batch) {
        if (!batch.isEmpty()) {
            store.publish(new ArrayList<>(batch));
            batch.clear();
        }
    }
}
