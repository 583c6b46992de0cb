package org.fupin.ledger.console.fund;

import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.village.VillageView;
import org.fupin.ledger.console.web.FormKey;
import org.fupin.ledger.console.web.FormOutcome;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The funds list, one fund's page (its allocations and returns one by one, and where its money is now), and
 * allocating from it to a village.
 */
@Controller
class FundPages {

    private static final ParameterizedTypeReference<List<FundView>> FUNDS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<VillageView>> VILLAGES =
            new ParameterizedTypeReference<>() {
            };

    private final LedgerApi api;

    FundPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/funds")
    String funds(Model model) {
        model.addAttribute("funds", api.read("/api/funds", FUNDS));
        return "fund/funds";
    }

    @GetMapping("/funds/{id}")
    String fund(@PathVariable String id, Model model) {
        show(id, model, AllocationForm.empty());
        return "fund/fund";
    }

    @PostMapping("/funds/{id}/allocations")
    String allocate(@PathVariable String id, @ModelAttribute AllocationForm form,
                    @RequestParam String idempotencyKey, Model model) {
        try {
            api.send("/api/funds/{id}/allocations", form.body(FormKey.recordId("A", idempotencyKey)),
                    idempotencyKey, id);
            return "redirect:/funds/" + id + "?allocated";
        } catch (ApiProblem refused) {
            FormOutcome.refused(model, refused);
            show(id, model, form);
            return "fund/fund";
        }
    }

    private void show(String id, Model model, AllocationForm form) {
        model.addAttribute("fund", api.read("/api/funds/{id}", FundView.class, id));
        model.addAttribute("trace", api.read("/api/funds/{id}/trace", FundTrace.class, id));
        model.addAttribute("movements", api.read("/api/funds/{id}/allocations", FundAllocations.class, id));
        model.addAttribute("villages", api.read("/api/villages", VILLAGES));
        model.addAttribute("form", form);
        FormOutcome.fresh(model);
    }
}
