package org.fupin.ledger.command;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * An {@link AggregateDirectory} that asks the store only until it has heard "yes": aggregates are never
 * deleted, so once one exists it exists for good, and every later command naming it (an allocation to a
 * village, a registration that must refuse a duplicate) is answered from memory. "No" is never remembered,
 * because the aggregate may be created a moment later, perhaps by another instance.
 */
public final class RememberedAggregates implements AggregateDirectory {

    private final AggregateDirectory store;
    private final Cache<String, Boolean> existing;

    public RememberedAggregates(AggregateDirectory store, long maximumSize) {
        this.store = store;
        this.existing = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    public boolean exists(Object aggregateId) {
        String id = aggregateId.toString();
        if (existing.getIfPresent(id) != null) {
            return true;
        }
        boolean exists = store.exists(aggregateId);
        if (exists) {
            existing.put(id, Boolean.TRUE);
        }
        return exists;
    }
}
