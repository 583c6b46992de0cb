package org.fupin.ledger.query.projection;

import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The rows the projections change. Within a processor's batch, every change is folded into the one
 * {@link RowChange} of its row, in memory, and all of them are written when the batch commits, in the same
 * transaction as the processor's token: one statement per table instead of one or more per event.
 *
 * <p>A bad event then fails the whole batch at its commit, where no one event can be blamed. So when a batch
 * rolls back, the events it held are projected one by one on its retry: each event's changes are written as
 * it is handled, where a failure is the event's own, and the dead-letter queue retries it under a savepoint
 * and parks it as it always has. Dead letters being retried, and changes made outside any processor, are
 * written at once too.
 */
@Component
public class ProjectionRows {

    private static final String BATCH = ProjectionRows.class.getName() + ".batch";

    private final RowWrites writes;
    private final Set<String> oneByOne = ConcurrentHashMap.newKeySet();

    ProjectionRows(RowWrites writes) {
        this.writes = writes;
    }

    /** The folded changes of one batch, by table name, then by key. */
    private final class Batch {
        private final Map<String, RowTable> tables = new TreeMap<>();
        private final Map<String, Map<List<?>, RowChange>> rows = new TreeMap<>();
        private final Set<String> events = new HashSet<>();

        RowChange row(RowTable table, List<?> key) {
            tables.putIfAbsent(table.name(), table);
            return rows.computeIfAbsent(table.name(), name -> new LinkedHashMap<>())
                    .computeIfAbsent(key, k -> new RowChange());
        }

        void write() {
            rows.forEach((name, changes) -> writes.write(tables.get(name), changes));
            rows.clear();
        }
    }

    /**
     * Changes the row of {@code table} with primary key {@code key} as {@code change} says: at the batch's
     * commit, or at once when events are being projected one by one.
     */
    public void change(RowTable table, List<?> key, Consumer<RowChange> change) {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.isStarted() ? CurrentUnitOfWork.get() : null;
        if (unitOfWork == null || retryingDeadLetter(unitOfWork)) {
            writeNow(table, key, change);
            return;
        }
        String eventId = unitOfWork.getMessage().getIdentifier();
        UnitOfWork<?> batchUnit = unitOfWork.root();
        if (oneByOne.contains(eventId)) {
            batchUnit.afterCommit(committed -> oneByOne.remove(eventId));
            writeNow(table, key, change);
            return;
        }
        Batch batch = batchUnit.getOrComputeResource(BATCH, name -> {
            Batch created = new Batch();
            batchUnit.onPrepareCommit(committing -> created.write());
            batchUnit.onRollback(rolledBack -> oneByOne.addAll(created.events));
            return created;
        });
        batch.events.add(eventId);
        change.accept(batch.row(table, key));
    }

    private void writeNow(RowTable table, List<?> key, Consumer<RowChange> change) {
        RowChange row = new RowChange();
        change.accept(row);
        writes.write(table, Map.of(key, row));
    }

    private static boolean retryingDeadLetter(UnitOfWork<?> unitOfWork) {
        return unitOfWork.resources().containsKey(DeadLetter.class.getName())
                || unitOfWork.root().resources().containsKey(DeadLetter.class.getName());
    }
}
