package org.fupin.ledger.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells Axon that an append failed because the aggregate's sequence number was already taken: another
 * command on the same aggregate was stored first (another command-side instance, or Axon's in-JVM lock
 * bypassed). Axon then raises a {@code ConcurrencyException} (HTTP 409), not an {@code EventStoreException}
 * (500).
 *
 * <p>Axon's {@code JdbcSQLErrorCodesResolver} compares vendor error codes, which PostgreSQL leaves at 0; its
 * unique violation is SQLSTATE 23505. Spring's translator knows each database's codes, so it decides here,
 * for every {@link SQLException} in the chain (PgJDBC reports a failed batch entry as a
 * {@code BatchUpdateException} with the real error as its next exception).
 */
final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    private final SQLExceptionTranslator translator;

    DuplicateKeyResolver() {
        this.translator = new SQLErrorCodeSQLExceptionTranslator("PostgreSQL");
    }

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = exception; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (duplicateKey(sql) || duplicateKey(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }

    private boolean duplicateKey(SQLException sql) {
        return sql != null && translator.translate("append events", null, sql) instanceof DuplicateKeyException;
    }
}
