package org.fupin.ledger.command.fund;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.command.AggregateDirectory;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.command.approval.MakerChecker;
import org.fupin.ledger.shared.EventMetadata;
import org.fupin.ledger.shared.FundId;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.fund.AllocationApproved;
import org.fupin.ledger.shared.fund.AllocationRejected;
import org.fupin.ledger.shared.fund.AllocationRequested;
import org.fupin.ledger.shared.fund.FundSourceRegistered;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.fupin.ledger.shared.fund.ReturnedFundsReceived;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
 *
 * <p>An allocation at or above the {@link ApprovalThreshold} is only requested ({@link AllocationRequested}):
 * its amount is reserved out of the unallocated money at once, and it becomes a {@link FundsAllocated} only when
 * a second finance officer approves it; a rejection gives the reservation back.
 */
@Aggregate(cache = "ledgerAggregateCache", snapshotTriggerDefinition = "longLivedAggregateSnapshots")
public class FundSource {

    @AggregateIdentifier
    private FundId fundId;
    private Money unallocated;
    private Set<String> allocationIds;
    private Set<String> receivedReturnIds;
    private Map<String, AllocationRequested> pendingAllocations;

    protected FundSource() {
    }

    @CommandHandler
    public FundSource(RegisterFundSource command) {
        apply(new FundSourceRegistered(command.fundId(), command.name(), command.level(), command.fiscalYear(),
                command.amount(), command.documentNo()));
    }

    @CommandHandler
    public void handle(AllocateFunds command, AggregateDirectory directory, ApprovalThreshold threshold,
                       @MetaDataValue(EventMetadata.ACTOR) String actor) {
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
        if (threshold.requiresApproval(command.amount())) {
            apply(new AllocationRequested(fundId, command.allocationId(), command.villageId(), command.amount(),
                    command.purpose(), command.documentNo(), actor, command.effectiveDate()));
        } else {
            apply(new FundsAllocated(fundId, command.allocationId(), command.villageId(), command.amount(),
                    command.purpose(), command.documentNo(), command.effectiveDate()));
        }
    }

    /** The second signature: the reserved money goes to the village (through the allocation relay). */
    @CommandHandler
    public void handle(ApproveAllocation command, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        AllocationRequested request = pending(command.allocationId());
        MakerChecker.requireSecondOfficer("allocation", command.allocationId(), request.requestedBy(), actor);
        apply(new AllocationApproved(fundId, request.allocationId(), request.villageId(), request.amount(), actor,
                command.note()));
        apply(new FundsAllocated(fundId, request.allocationId(), request.villageId(), request.amount(),
                request.purpose(), request.documentNo(), command.effectiveDate()));
    }

    @CommandHandler
    public void handle(RejectAllocation command, @MetaDataValue(EventMetadata.ACTOR) String actor) {
        AllocationRequested request = pending(command.allocationId());
        MakerChecker.requireSecondOfficer("allocation", command.allocationId(), request.requestedBy(), actor);
        apply(new AllocationRejected(fundId, request.allocationId(), request.villageId(), request.amount(), actor,
                command.reason()));
    }

    private AllocationRequested pending(String allocationId) {
        if (!allocationIds.contains(allocationId)) {
            throw CommandRefused.notFound("allocation", allocationId);
        }
        AllocationRequested request = pendingAllocations.get(allocationId);
        if (request == null) {
            throw MakerChecker.notPending("allocation", allocationId);
        }
        return request;
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
        pendingAllocations = new HashMap<>();
    }

    /** An approved request's money left the unallocated amount when it was reserved. */
    @EventSourcingHandler
    void on(FundsAllocated event) {
        allocationIds.add(event.allocationId());
        if (pendingAllocations.remove(event.allocationId()) == null) {
            unallocated = unallocated.minus(event.amount());
        }
    }

    @EventSourcingHandler
    void on(AllocationRequested event) {
        allocationIds.add(event.allocationId());
        pendingAllocations.put(event.allocationId(), event);
        unallocated = unallocated.minus(event.amount());
    }

    @EventSourcingHandler
    void on(AllocationRejected event) {
        pendingAllocations.remove(event.allocationId());
        unallocated = unallocated.plus(event.amount());
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
