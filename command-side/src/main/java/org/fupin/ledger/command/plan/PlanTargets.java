package org.fupin.ledger.command.plan;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;
import org.fupin.ledger.shared.village.VillageRegistered;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a plan's rows point at, read from the funds' and villages' own event streams through Axon's
 * {@code readEvents} (so it works on PostgreSQL and on Axon Server alike), never from a projection that may
 * lag: a fund's name, its unallocated money (less what large allocations waiting for a second signature
 * reserve) and the allocation ids it has recorded or reserved; a village's name.
 *
 * <p>The fund's figure follows the {@code FundSource} aggregate's own rule (amount, less allocations, plus
 * returns taken back). It serves the check of the plan as a whole; each row's command is still decided by
 * the aggregate.
 */
@Component
class PlanTargets {

    private final EventStore eventStore;

    PlanTargets(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** A reader that reads each fund and village once, for one check of one plan. */
    Lookup lookup() {
        return new Lookup();
    }

    /** A fund as a plan needs it. */
    record FundStanding(FundId fundId, String name, Money unallocated, Set<String> allocationIds) {
    }

    final class Lookup {

        private final Map<String, Optional<FundStanding>> funds = new HashMap<>();
        private final Map<String, Optional<String>> villages = new HashMap<>();

        Optional<FundStanding> fund(FundId fundId) {
            return funds.computeIfAbsent(fundId.value(), id -> readFund(fundId));
        }

        Optional<String> villageName(VillageId villageId) {
            return villages.computeIfAbsent(villageId.value(), id -> readVillage(villageId));
        }
    }

    private Optional<FundStanding> readFund(FundId fundId) {
        DomainEventStream events = eventStore.readEvents(fundId.toString(), 0L);
        String name = null;
        Money unallocated = Money.ZERO;
        Set<String> allocationIds = new HashSet<>();
        while (events.hasNext()) {
            Object event = events.next().getPayload();
            if (event instanceof FundSourceRegistered registered) {
                name = registered.name();
                unallocated = registered.amount();
            } else if (event instanceof AllocationRequested requested) {
                allocationIds.add(requested.allocationId());
                unallocated = unallocated.minus(requested.amount());
            } else if (event instanceof AllocationRejected rejected) {
                unallocated = unallocated.plus(rejected.amount());
            } else if (event instanceof FundsAllocated allocated && allocationIds.add(allocated.allocationId())) {
                unallocated = unallocated.minus(allocated.amount());
            } else if (event instanceof ReturnedFundsReceived returned) {
                unallocated = unallocated.plus(returned.amount());
            }
        }
        return name == null ? Optional.empty()
                : Optional.of(new FundStanding(fundId, name, unallocated, Set.copyOf(allocationIds)));
    }

    private Optional<String> readVillage(VillageId villageId) {
        DomainEventStream events = eventStore.readEvents(villageId.toString(), 0L);
        while (events.hasNext()) {
            if (events.next().getPayload() instanceof VillageRegistered registered) {
                return Optional.of(registered.name());
            }
        }
        return Optional.empty();
    }
}
