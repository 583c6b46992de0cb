package org.fupin.ledger.console.period;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The 会计期间 page: every month with its status and closing head, and for finance officers the form that
 * closes the next month (the first open one before the current month; the API judges again).
 */
@Controller
class PeriodPages {

    private final LedgerApi api;

    PeriodPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/periods")
    String periods(Model model) {
        List<PeriodView> months = api.read("/api/periods", new ParameterizedTypeReference<List<PeriodView>>() {
        });
        List<PeriodView> newestFirst = new ArrayList<>(months);
        Collections.reverse(newestFirst);
        model.addAttribute("months", newestFirst);
        model.addAttribute("nextToClose", months.stream().limit(Math.max(0, months.size() - 1))
                .filter(month -> !month.closed()).map(PeriodView::period).findFirst().orElse(null));
        return "period/periods";
    }
}
