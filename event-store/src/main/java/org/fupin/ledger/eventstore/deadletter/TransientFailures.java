package org.fupin.ledger.eventstore.deadletter;

import org.axonframework.lifecycle.ShutdownInProgressException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a failure that passes by itself (the database is down or restarting, a deadlock, two commands on
 * one aggregate at once, the app shutting down) from one that needs a person. A passing failure is never
 * parked: the processor retries the batch, with back-off, until it succeeds, as it did before dead letters.
 */
final class TransientFailures {

    /** PostgreSQL SQLSTATE classes and codes that say "try again": connection, resources, operator, conflicts. */
    private static final Set<String> TRANSIENT_STATE_CLASSES = Set.of("08", "53", "57");
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
                    || cause instanceof ConcurrencyException || cause instanceof ShutdownInProgressException
                    || cause instanceof java.io.IOException || cause instanceof InterruptedException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return TRANSIENT_STATES.contains(state)
                || state.length() >= 2 && TRANSIENT_STATE_CLASSES.contains(state.substring(0, 2));
    }
}
