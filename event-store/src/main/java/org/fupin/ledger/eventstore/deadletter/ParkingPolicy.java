package org.fupin.ledger.eventstore.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;

/**
 * When an event's handlers fail: a passing failure (see {@link TransientFailures}) is retried in place by
 * failing the batch, as before; any other failure is retried once, under a savepoint, and parked if it
 * fails again, so that one bad event holds up its own sequence only. A parked letter that fails again on a
 * retry stays parked, with one more attempt counted in its diagnostics.
 */
final class ParkingPolicy implements EnqueuePolicy<EventMessage<?>> {

    static final String ATTEMPTS = "attempts";
    private static final Logger log = LoggerFactory.getLogger(ParkingPolicy.class);

    private final String processingGroup;
    private final HandlingSavepoints savepoints;

    ParkingPolicy(String processingGroup, HandlingSavepoints savepoints) {
        this.processingGroup = processingGroup;
        this.savepoints = savepoints;
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        EventMessage<?> event = letter.message();
        if (letter instanceof JdbcDeadLetter<?>) {
            log.warn("Dead letter of {} (event {}) failed again and stays parked: {}", processingGroup,
                    event.getIdentifier(), cause.toString());
            return Decisions.requeue(cause, retried -> retried.diagnostics().and(ATTEMPTS, attempts(retried) + 1));
        }
        if (TransientFailures.isTransient(cause)) {
            throw new RetryInPlace("Handling event " + event.getIdentifier() + " failed for now; retrying", cause);
        }
        if (undoHandlersOf(event)) {
            log.error("Parked event {} ({}) of {} in the dead-letter queue; later events of its sequence wait "
                    + "behind it until it is retried or evicted", event.getIdentifier(),
                    event.getPayloadType().getSimpleName(), processingGroup, cause);
            return Decisions.enqueue(cause, parked -> MetaData.with(ATTEMPTS, 2));
        }
        savepoints.suspect(event);
        throw new RetryInPlace("Handling event " + event.getIdentifier() + " failed; retrying it once before "
                + "parking it", cause);
    }

    private boolean undoHandlersOf(EventMessage<?> event) {
        try {
            return savepoints.undo(event);
        } catch (SQLException e) {
            throw new RetryInPlace("Could not undo the handlers of event " + event.getIdentifier(), e);
        }
    }

    static int attempts(DeadLetter<?> letter) {
        return letter.diagnostics().get(ATTEMPTS) instanceof Number attempts ? attempts.intValue() : 0;
    }

    /** Fails the processor's batch, which rolls it back and retries it after a pause. */
    static final class RetryInPlace extends RuntimeException {
        RetryInPlace(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
