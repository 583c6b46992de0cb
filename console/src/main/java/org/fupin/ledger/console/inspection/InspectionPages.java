package org.fupin.ledger.console.inspection;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/** A village's timeline, filtered and 20 events a page, two moments compared, and the integrity check of the whole store. */
@Controller
class InspectionPages {

    private static final int PAGE_SIZE = 20;
    private static final int API_PAGE_SIZE = 500;

    private final LedgerApi api;

    InspectionPages(LedgerApi api) {
        this.api = api;
    }

    /**
     * The timeline between two dates (each inclusive, Asia/Shanghai; either may be left out), of one event type
     * and one actor if chosen. The whole date range is read from the API, a page of {@value #API_PAGE_SIZE}
     * at a time, then narrowed and paged here.
     */
    @GetMapping("/villages/{id}/history")
    String history(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   @RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                   Model model) {
        model.addAttribute("timeline", Timeline.of(id, allBetween(id, from, to), type, actor, Math.max(0, page),
                PAGE_SIZE));
        model.addAttribute("villageId", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "inspection/history";
    }

    private List<HistoryPage.Entry> allBetween(String id, String from, String to) {
        StringBuilder uri = new StringBuilder("/api/villages/{id}/history?page={page}&size={size}");
        List<Object> variables = new ArrayList<>(List.of(id, 0, API_PAGE_SIZE));
        if (from != null && !from.isBlank()) {
            uri.append("&from={from}");
            variables.add(from);
        }
        if (to != null && !to.isBlank()) {
            uri.append("&to={to}");
            variables.add(to);
        }
        List<HistoryPage.Entry> entries = new ArrayList<>();
        HistoryPage read;
        int page = 0;
        do {
            variables.set(1, page++);
            read = api.read(uri.toString(), HistoryPage.class, variables.toArray());
            entries.addAll(read.entries());
        } while (read.hasNext());
        return entries;
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
