package org.fupin.ledger.command.warning;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.shared.warning.WarningAcknowledged;
import org.fupin.ledger.shared.warning.WarningId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The acknowledgement of one early warning. Warnings themselves are judged on the query side from the read
 * models (they are what the money looks like, not decisions); what a person decides about one is a fact, and
 * is recorded here, keyed by the warning's id.
 *
 * <p>Consistency boundary: one warning is acknowledged at most once; a second acknowledgement is refused
 * with 409 {@code ALREADY_ACKNOWLEDGED}. The command side cannot see the query side's read models, so it
 * checks the id's shape, not that a rule currently raises it.
 */
@Aggregate(cache = "ledgerAggregateCache")
public class WarningAcknowledgement {

    @AggregateIdentifier
    private WarningId warningId;
    private boolean acknowledged;

    protected WarningAcknowledgement() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AcknowledgeWarning command) {
        if (acknowledged) {
            throw new CommandRefused(new CommandRefused.Refusal(CommandRefused.Refusal.Kind.CONFLICT,
                    "ALREADY_ACKNOWLEDGED", "Warning " + command.warningId().value() + " is already acknowledged"));
        }
        apply(new WarningAcknowledged(command.warningId(), command.note()));
    }

    @EventSourcingHandler
    void on(WarningAcknowledged event) {
        warningId = event.warningId();
        acknowledged = true;
    }
}
