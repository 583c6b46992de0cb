package org.fupin.ledger.eventstore.deadletter;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientFailuresTest {

    @Test
    void aLostOrRefusedDatabaseConnectionPasses() {
        assertThat(TransientFailures.isTransient(new SQLException("connection lost", "08006"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("shutting down", "57P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    }

    @Test
    void deadlocksAndConcurrentCommandsOnOneAggregatePass() {
        assertThat(TransientFailures.isTransient(new SQLException("deadlock", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new ConcurrencyException("sequence taken"))).isTrue();
    }

    @Test
    void aPassingCauseIsFoundUnderWrappers() {
        Exception wrapped = new CommandExecutionException("command failed",
                new IllegalStateException("store", new SQLException("connection lost", "08006")));

        assertThat(TransientFailures.isTransient(wrapped)).isTrue();
    }

    @Test
    void bugsAndBadDataNeedAPerson() {
        assertThat(TransientFailures.isTransient(new NullPointerException("amount"))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalArgumentException("no target aggregate"))).isFalse();
        assertThat(TransientFailures.isTransient(new SQLException("null value in column", "23502"))).isFalse();
        assertThat(TransientFailures.isTransient(new RuntimeException("wrapped",
                new SQLException("duplicate key", "23505")))).isFalse();
    }
}
