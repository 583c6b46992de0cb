package org.fupin.ledger.command.http;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.shared.EventMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's idempotency key against a real PostgreSQL, in a unit of work shaped as Axon's with Axon Server:
 * the transaction (with the key) is attached when the unit of work starts, and the events are appended to
 * Axon Server by a commit handler registered later, while the unit of work prepares to commit.
 */
class IdempotencyKeysTest {

    private JdbcTemplate jdbc;
    private SpringTransactionManager transactions;
    private final String key = "key-" + System.nanoTime();

    @BeforeEach
    void database() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.temporary();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database.jdbcUrl(), EmbeddedDatabase.USER, "");
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE SCHEMA IF NOT EXISTS event_store");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS event_store.idempotency_key (
                    actor VARCHAR(255) NOT NULL, idempotency_key VARCHAR(255) NOT NULL,
                    fingerprint VARCHAR(64) NOT NULL, PRIMARY KEY (actor, idempotency_key))""");
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
    }

    /** Axon runs commit handlers in reverse order: the append registered later runs before the transaction commits. */
    @Test
    void aKeyWhoseEventsCouldNotBeAppendedRollsBackSoARetryRunsTheCommand() throws Exception {
        IdempotencyKeys keys = new IdempotencyKeys(jdbc);

        ResultMessage<?> result = handleThenFailToAppend(keys);

        assertThat(result.isExceptional()).isTrue();
        assertThat(keys.alreadyRecorded("finance", key, "f1")).isFalse();
    }

    @Test
    void aKeyCommitsWithTheCommandThatAppendedItsEvents() throws Exception {
        IdempotencyKeys keys = new IdempotencyKeys(jdbc);
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command());
        unitOfWork.attachTransaction(transactions);

        ResultMessage<?> result = unitOfWork.executeWithResult(() -> keys.handle(unitOfWork, () -> {
            unitOfWork.onCommit(committing -> { });   // the events appended
            return "done";
        }));

        assertThat(result.isExceptional()).isFalse();
        assertThat(keys.alreadyRecorded("finance", key, "f1")).isTrue();
    }

    /** The key is inserted in the transaction; then, as Axon Server's append does, a commit handler fails. */
    private ResultMessage<?> handleThenFailToAppend(IdempotencyKeys keys) throws Exception {
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command());
        unitOfWork.attachTransaction(transactions);
        return unitOfWork.executeWithResult(() -> keys.handle(unitOfWork, () -> {
            unitOfWork.onCommit(committing -> {
                throw new IllegalStateException("Axon Server unreachable: events not appended");
            });
            return "done";
        }));
    }

    private CommandMessage<?> command() {
        return GenericCommandMessage.asCommandMessage("allocate").andMetaData(MetaData.from(Map.of(
                IdempotencyKeys.KEY, key, IdempotencyKeys.FINGERPRINT, "f1", EventMetadata.ACTOR, "finance")));
    }
}
