package org.fupin.ledger.console.inspection;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A village's timeline, 20 events a page, two moments compared, and the integrity check of the whole store. */
@Controller
class InspectionPages {

    private static final int PAGE_SIZE = 20;

    private final LedgerApi api;

    InspectionPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/villages/{id}/history")
    String history(@PathVariable String id, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("history", api.read("/api/villages/{id}/history?page={page}&size={size}",
                HistoryPage.class, id, Math.max(0, page), PAGE_SIZE));
        return "inspection/history";
    }

    /** Two dates (each meaning the end of that day in Asia/Shanghai) and what changed between them. */
    @GetMapping("/villages/{id}/compare")
    String compare(@PathVariable String id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, Model model) {
        model.addAttribute("villageId", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
            model.addAttribute("comparison", api.read("/api/villages/{id}/compare?from={from}&to={to}",
                    ComparisonView.class, id, from, to));
        }
        return "inspection/compare";
    }

    @GetMapping("/integrity")
    String integrity(Model model) {
        model.addAttribute("integrity", api.read("/api/integrity", IntegrityView.class));
        return "inspection/integrity";
    }
}
