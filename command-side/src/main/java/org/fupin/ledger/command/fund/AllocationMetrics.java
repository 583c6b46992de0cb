package org.fupin.ledger.command.fund;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.fupin.ledger.shared.fund.FundsAllocated;
import org.springframework.stereotype.Component;

/**
 * Counts allocations and the yuan they moved, for Prometheus ({@code ledger_funds_allocated_yuan_total},
 * {@code ledger_allocations_total}). Runs in a subscribing processor: it counts what this instance stores
 * from now on, and is never replayed.
 */
@Component
@ProcessingGroup("metrics")
class AllocationMetrics {

    private final Counter allocations;
    private final Counter allocatedYuan;

    AllocationMetrics(MeterRegistry registry) {
        this.allocations = Counter.builder("ledger.allocations").description("Allocations recorded")
                .register(registry);
        this.allocatedYuan = Counter.builder("ledger.funds.allocated").baseUnit("yuan")
                .description("Poverty-alleviation money allocated to villages").register(registry);
    }

    @EventHandler
    void on(FundsAllocated event) {
        allocations.increment();
        allocatedYuan.increment(event.amount().toBigDecimal().doubleValue());
    }
}
