package org.fupin.ledger.console.web;

import org.fupin.ledger.console.api.ApiProblem;
import org.springframework.ui.Model;

import java.util.Map;

/**
 * How a form page shows a refused command: the API's sentence at the top, its per-field messages next to
 * the fields ({@code fieldErrors}), and a fresh form key, since a refused command recorded nothing.
 */
public final class FormOutcome {

    private FormOutcome() {
    }

    public static void refused(Model model, ApiProblem problem) {
        model.addAttribute("problem", problem);
        model.addAttribute("fieldErrors", problem.fieldErrors());
    }

    public static void fresh(Model model) {
        model.addAttribute("formKey", FormKey.fresh());
        if (!model.containsAttribute("fieldErrors")) {
            model.addAttribute("fieldErrors", Map.of());
        }
    }
}
