package org.fupin.ledger.command.http;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fupin.ledger.shared.EventMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The idempotency keys of commands that were carried out, one row per actor and key.
 *
 * <p>As a command handler interceptor it inserts the key inside the command's unit of work, so the row
 * commits or rolls back with the command's events. Axon 4 has no command de-duplication of its own.
 *
 * <p>With Axon Server ({@code axon.axonserver.enabled=true}) the events are not in PostgreSQL. Axon runs a
 * unit of work's commit handlers in reverse order, so the events are appended to Axon Server first and the
 * PostgreSQL transaction with the key commits after: an append that fails rolls the key back, and only a
 * failure between the two commits leaves events without their key (see the README, Scaling out).
 */
@Component
public class IdempotencyKeys implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String KEY = "idempotencyKey";
    static final String FINGERPRINT = "idempotencyFingerprint";

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @return true when this key was recorded for this very request
     * @throws IdempotencyKeyReused when it was recorded for a different request
     */
    boolean alreadyRecorded(String actor, String key, String fingerprint) {
        List<String> recorded = jdbc.queryForList(
                "SELECT fingerprint FROM event_store.idempotency_key WHERE actor = ? AND idempotency_key = ?",
                String.class, actor, key);
        if (recorded.isEmpty()) {
            return false;
        }
        if (!recorded.get(0).equals(fingerprint)) {
            throw new IdempotencyKeyReused(key);
        }
        return true;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        MetaData metadata = unitOfWork.getMessage().getMetaData();
        Object key = metadata.get(KEY);
        if (key != null) {
            jdbc.update("INSERT INTO event_store.idempotency_key (actor, idempotency_key, fingerprint) "
                    + "VALUES (?, ?, ?)", metadata.get(EventMetadata.ACTOR), key, metadata.get(FINGERPRINT));
        }
        return chain.proceed();
    }

    /** The key was already used for a different request. HTTP 422. */
    public static class IdempotencyKeyReused extends RuntimeException {
        IdempotencyKeyReused(String key) {
            super("Idempotency-Key '" + key + "' was already used for a different request");
        }
    }
}
