package org.fupin.ledger.console.admin;

import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

/**
 * The projections page. A rebuild is started with a form; the page then asks for the progress fragment every
 * second (htmx) until every processor has caught up, and then stops asking.
 */
@Controller
class ProjectionPages {

    private static final ParameterizedTypeReference<List<ProcessorStatus>> STATUS =
            new ParameterizedTypeReference<>() {
            };

    private final LedgerApi api;

    ProjectionPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/admin/projections")
    String projections(Model model) {
        progress(model);
        return "admin/projections";
    }

    @PostMapping("/admin/projections/rebuild")
    String rebuild() {
        api.sendToQuerySide("/api/admin/projections/rebuild");
        return "redirect:/admin/projections?rebuilding";
    }

    @GetMapping("/admin/projections/progress")
    String progress(Model model) {
        List<ProcessorStatus> processors = api.read("/api/admin/projections", STATUS);
        model.addAttribute("processors", processors);
        model.addAttribute("allDone", processors.stream().allMatch(ProcessorStatus::done));
        return "admin/projections :: progress";
    }
}
