package org.fupin.ledger.eventstore;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicateKeyResolverTest {

    private final DuplicateKeyResolver resolver = new DuplicateKeyResolver();

    @Test
    void recognisesPostgresqlUniqueViolationBySqlState() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("duplicate key value", "23505"))).isTrue();
    }

    @Test
    void recognisesAFailedBatchEntryWrappedByTheStorageEngine() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", null, 0, new int[0], null);
        batch.setNextException(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void doesNotTakeOtherFailuresForAConflict() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("violates foreign key", "23503"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
