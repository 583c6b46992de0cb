package org.fupin.ledger.console.village;

import org.fupin.ledger.console.api.LedgerApi;
import org.fupin.ledger.console.fund.FundView;
import org.fupin.ledger.console.project.ProjectView;
import org.fupin.ledger.console.web.Yuan;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The villages the user may read (a First Secretary: their own), and one village: its money per fund and its
 * projects (each fund named as well as numbered), now or, with {@code asOf} (a local date-time in Asia/Shanghai), as they stood then.
 */
@Controller
class VillagePages {

    private static final ParameterizedTypeReference<List<VillageView>> VILLAGES =
            new ParameterizedTypeReference<>() {
            };
    private static final ParameterizedTypeReference<List<ProjectView>> PROJECTS =
            new ParameterizedTypeReference<>() {
            };

    private static final ParameterizedTypeReference<List<FundView>> FUNDS = new ParameterizedTypeReference<>() {
    };

    private final LedgerApi api;

    VillagePages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/villages")
    String villages(Model model) {
        model.addAttribute("villages", api.read("/api/villages", VILLAGES));
        return "village/villages";
    }

    @GetMapping("/villages/{id}")
    String village(@PathVariable String id, @RequestParam(required = false)
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime asOf, Model model) {
        if (asOf == null) {
            model.addAttribute("village", api.read("/api/villages/{id}", VillageView.class, id));
            model.addAttribute("projects", api.read("/api/projects?villageId={id}", PROJECTS, id));
        } else {
            String moment = asOf.atZone(Yuan.LEDGER_ZONE).toOffsetDateTime().toString();
            model.addAttribute("village", api.read("/api/villages/{id}?asOf={asOf}", VillageView.class, id, moment));
            model.addAttribute("projects",
                    api.read("/api/projects?villageId={id}&asOf={asOf}", PROJECTS, id, moment));
            model.addAttribute("asOf", asOf);
        }
        Map<String, String> fundNames = new HashMap<>();
        api.read("/api/funds", FUNDS).forEach(fund -> fundNames.put(fund.id(), fund.name()));
        model.addAttribute("fundNames", fundNames);
        return "village/village";
    }
}
