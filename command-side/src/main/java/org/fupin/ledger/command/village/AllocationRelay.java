package org.fupin.ledger.command.village;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.springframework.stereotype.Component;

/**
 * Second step of an allocation: credits the village with what its fund decided to allocate. Runs in a
 * tracking processor whose token lives in PostgreSQL, so an allocation is delivered
 * after any crash; the village ignores one it already has, so delivering twice changes nothing.
 */
@Component
@ProcessingGroup("relays")
class AllocationRelay {

    private final CommandGateway commands;

    AllocationRelay(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(FundsAllocated event) {
        commands.sendAndWait(new ReceiveAllocation(event.villageId(), event.fundId(), event.allocationId(),
                event.amount(), event.purpose(), event.documentNo(), event.effectiveDate()));
    }
}
