package org.fupin.ledger.console.project;

import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.web.FormKey;
import org.fupin.ledger.console.web.FormOutcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** One project: its card, its milestones, its payments traced to their funds, and the form to report progress. */
@Controller
class ProjectPages {

    private final LedgerApi api;

    ProjectPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable String id, Model model) {
        show(id, model, MilestoneForm.empty());
        return "project/project";
    }

    @PostMapping("/projects/{id}/milestones")
    String reportMilestone(@PathVariable String id, @ModelAttribute MilestoneForm form,
                           @RequestParam String idempotencyKey, Model model) {
        try {
            api.send("/api/projects/{id}/milestones", form.body(FormKey.recordId("M", idempotencyKey)),
                    idempotencyKey, id);
            return "redirect:/projects/" + id + "?reported";
        } catch (ApiProblem refused) {
            FormOutcome.refused(model, refused);
            show(id, model, form);
            return "project/project";
        }
    }

    private void show(String id, Model model, MilestoneForm form) {
        model.addAttribute("project", api.read("/api/projects/{id}", ProjectView.class, id));
        model.addAttribute("funding", api.read("/api/projects/{id}/funding", FundingView.class, id));
        model.addAttribute("form", form);
        FormOutcome.fresh(model);
    }
}
