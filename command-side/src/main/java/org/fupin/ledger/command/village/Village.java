package org.fupin.ledger.command.village;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.VillageId;
import org.fupin.ledger.shared.village.AllocationReceived;
import org.fupin.ledger.shared.village.FundsReturned;
import org.fupin.ledger.shared.village.VillageRegistered;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A poor village and the poverty-fund money it holds.
 *
 * <p>Consistency boundary: the village's account, per fund source. It never returns (or, later, commits)
 * more of a fund's money than it holds. Allocations arrive through the allocation relay and are credited
 * once per fund and allocation id, however often the relay delivers them.
 */
@Aggregate(cache = "ledgerAggregateCache")
public class Village {

    @AggregateIdentifier
    private VillageId villageId;
    private VillageAccount account;
    private Set<String> receivedAllocations;
    private Set<String> returnIds;

    protected Village() {
    }

    @CommandHandler
    public Village(RegisterVillage command) {
        apply(new VillageRegistered(command.villageId(), command.name(), command.town(), command.county(),
                command.povertyHouseholds()));
    }

    /** Idempotent: an allocation already credited is ignored, so the relay may deliver it again. */
    @CommandHandler
    public void handle(ReceiveAllocation command) {
        if (!receivedAllocations.contains(allocationKey(command.fundId().value(), command.allocationId()))) {
            apply(new AllocationReceived(villageId, command.fundId(), command.allocationId(), command.amount(),
                    command.purpose(), command.documentNo()));
        }
    }

    @CommandHandler
    public void handle(ReturnFunds command, AggregateDirectory directory) {
        if (returnIds.contains(command.returnId())) {
            throw CommandRefused.duplicate("return", command.returnId());
        }
        if (!directory.exists(command.fundId())) {
            throw CommandRefused.notFound("fund", command.fundId().value());
        }
        Money held = account.available(command.fundId());
        if (command.amount().isGreaterThan(held)) {
            throw CommandRefused.rule("INSUFFICIENT_VILLAGE_BALANCE", "Village " + villageId.value()
                    + " holds only " + held + " of fund " + command.fundId().value() + "; cannot return "
                    + command.amount());
        }
        apply(new FundsReturned(villageId, command.returnId(), command.fundId(), command.amount(),
                command.reason()));
    }

    @EventSourcingHandler
    void on(VillageRegistered event) {
        villageId = event.villageId();
        account = new VillageAccount();
        receivedAllocations = new HashSet<>();
        returnIds = new HashSet<>();
    }

    @EventSourcingHandler
    void on(AllocationReceived event) {
        receivedAllocations.add(allocationKey(event.fundId().value(), event.allocationId()));
        account.credit(event.fundId(), event.amount());
    }

    @EventSourcingHandler
    void on(FundsReturned event) {
        returnIds.add(event.returnId());
        account.debit(event.fundId(), event.amount());
    }

    private static String allocationKey(String fundId, String allocationId) {
        return fundId + "/" + allocationId;
    }
}
