package org.fupin.ledger.command.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A fund source: one appropriation of poverty-alleviation money (central, provincial, ... or a donation)
 * under a document number.
 *
 * <p>Consistency boundary: the fund's unallocated money. It never allocates more than its amount plus
 * what villages have given back. An allocation is decided here ({@link FundsAllocated}); the village is
 * credited afterwards by the allocation relay. A village's return is decided by the village and taken
 * back here ({@link ReturnedFundsReceived}) exactly once per return id.
 */
@Aggregate(cache = "ledgerAggregateCache", snapshotTriggerDefinition = "longLivedAggregateSnapshots")
public class FundSource {

    @AggregateIdentifier
    private FundId fundId;
    private Money unallocated;
    private Set<String> allocationIds;
    private Set<String> receivedReturnIds;

    protected FundSource() {
    }

    @CommandHandler
    public FundSource(RegisterFundSource command) {
        apply(new FundSourceRegistered(command.fundId(), command.name(), command.level(), command.fiscalYear(),
                command.amount(), command.documentNo()));
    }

    @CommandHandler
    public void handle(AllocateFunds command, AggregateDirectory directory) {
        if (allocationIds.contains(command.allocationId())) {
            throw CommandRefused.duplicate("allocation", command.allocationId());
        }
        if (!directory.exists(command.villageId())) {
            throw CommandRefused.notFound("village", command.villageId().value());
        }
        if (command.amount().isGreaterThan(unallocated)) {
            throw CommandRefused.rule("INSUFFICIENT_FUND_BALANCE", "Fund " + fundId.value() + " has only "
                    + unallocated + " unallocated; cannot allocate " + command.amount());
        }
        apply(new FundsAllocated(fundId, command.allocationId(), command.villageId(), command.amount(),
                command.purpose(), command.documentNo(), command.effectiveDate()));
    }

    /**
     * Idempotent: a return already taken back is ignored, so the relay may deliver it again. Return ids are
     * chosen per village, so a return is known by its village and id together.
     */
    @CommandHandler
    public void handle(ReceiveReturnedFunds command) {
        if (!receivedReturnIds.contains(returnKey(command.villageId().value(), command.returnId()))) {
            apply(new ReturnedFundsReceived(fundId, command.returnId(), command.villageId(), command.amount(),
                    command.effectiveDate()));
        }
    }

    @EventSourcingHandler
    void on(FundSourceRegistered event) {
        fundId = event.fundId();
        unallocated = event.amount();
        allocationIds = new HashSet<>();
        receivedReturnIds = new HashSet<>();
    }

    @EventSourcingHandler
    void on(FundsAllocated event) {
        allocationIds.add(event.allocationId());
        unallocated = unallocated.minus(event.amount());
    }

    @EventSourcingHandler
    void on(ReturnedFundsReceived event) {
        receivedReturnIds.add(returnKey(event.villageId().value(), event.returnId()));
        unallocated = unallocated.plus(event.amount());
    }

    private static String returnKey(String villageId, String returnId) {
        return villageId + "/" + returnId;
    }
}
