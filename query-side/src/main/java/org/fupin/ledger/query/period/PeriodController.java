package org.fupin.ledger.query.period;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/periods}: the ledger's months with their status and the integrity head pinned at close. */
@RestController
class PeriodController {

    private final PeriodQueries periods;

    PeriodController(PeriodQueries periods) {
        this.periods = periods;
    }

    @GetMapping("/api/periods")
    List<PeriodView> periods() {
        return periods.months();
    }
}
