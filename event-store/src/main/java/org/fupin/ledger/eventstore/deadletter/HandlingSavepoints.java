package org.fupin.ledger.eventstore.deadletter;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes a parked event leave no trace. An event's handlers run in the processor's batch transaction; when
 * one of several handlers fails after another has written, or a failed SQL statement aborted the
 * transaction, parking the event must first undo what its handlers did, or its retry would count it twice.
 * So an event is handled under a savepoint whenever it may be parked: on a retry of a dead letter, and
 * on the second attempt of an event whose first attempt failed (a "suspect"). The first failure of an
 * event fails the whole batch, which the processor rolls back and retries: ordinary events never pay for
 * a savepoint.
 */
final class HandlingSavepoints implements MessageHandlerInterceptor<EventMessage<?>> {

    private static final String CURRENT = HandlingSavepoints.class.getName() + ".current";

    private final DataSource dataSource;
    private final Set<String> suspects = ConcurrentHashMap.newKeySet();

    HandlingSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Marked(String eventId, ConnectionHolder transaction, Savepoint savepoint) {
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        String eventId = unitOfWork.getMessage().getIdentifier();
        boolean retryingDeadLetter = unitOfWork.resources().containsKey(DeadLetter.class.getName());
        ConnectionHolder transaction = (ConnectionHolder) TransactionSynchronizationManager.getResource(dataSource);
        if (!retryingDeadLetter && !suspects.contains(eventId) || transaction == null) {
            return interceptorChain.proceed();
        }
        Marked marked = new Marked(eventId, transaction, transaction.createSavepoint());
        unitOfWork.resources().put(CURRENT, marked);
        try {
            Object result = interceptorChain.proceed();
            if (unitOfWork.resources().remove(CURRENT) != null) {
                transaction.getConnection().releaseSavepoint(marked.savepoint());
            }
            return result;
        } catch (Exception | Error failure) {
            if (unitOfWork.resources().remove(CURRENT) != null) {
                undo(marked);
            }
            throw failure;
        } finally {
            suspects.remove(eventId);
        }
    }

    /** The event failed for the first time: its next attempt runs under a savepoint. */
    void suspect(EventMessage<?> event) {
        suspects.add(event.getIdentifier());
    }

    /**
     * Undoes what the handlers of {@code event} wrote, if it is being handled under a savepoint.
     *
     * @return whether it was: the event may then be parked without a trace
     */
    boolean undo(EventMessage<?> event) throws SQLException {
        if (!CurrentUnitOfWork.isStarted()) {
            return false;
        }
        Object current = CurrentUnitOfWork.get().resources().get(CURRENT);
        if (current instanceof Marked marked && marked.eventId().equals(event.getIdentifier())) {
            CurrentUnitOfWork.get().resources().remove(CURRENT);
            undo(marked);
            return true;
        }
        return false;
    }

    private static void undo(Marked marked) throws SQLException {
        marked.transaction().getConnection().rollback(marked.savepoint());
        marked.transaction().resetRollbackOnly();
    }
}
