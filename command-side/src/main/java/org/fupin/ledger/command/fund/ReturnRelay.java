package org.fupin.ledger.command.fund;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fupin.ledger.shared.village.FundsReturned;
import org.springframework.stereotype.Component;

/**
 * Second step of a return: gives the money a village returned back to its fund. Runs in a tracking
 * processor whose token lives in PostgreSQL, so a return is delivered after any crash;
 * the fund ignores a return id it already has, so delivering twice changes nothing.
 */
@Component
@ProcessingGroup("relays")
class ReturnRelay {

    private final CommandGateway commands;

    ReturnRelay(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(FundsReturned event) {
        commands.sendAndWait(new ReceiveReturnedFunds(event.fundId(), event.returnId(), event.villageId(),
                event.amount(), event.effectiveDate()));
    }
}
