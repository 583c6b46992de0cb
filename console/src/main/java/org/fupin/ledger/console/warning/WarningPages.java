package org.fupin.ledger.console.warning;

import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.ApiUnavailable;
import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 预警: the warnings that hold today, filtered by village, town, rule and acknowledged, each with the
 * acknowledgement form for inspectors; and the count of unacknowledged warnings the header shows.
 */
@Controller
class WarningPages {

    private static final ParameterizedTypeReference<List<WarningView>> WARNINGS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> RULES =
            new ParameterizedTypeReference<>() {
            };

    /** The roles the query side lets read warnings. */
    private static final Set<String> READERS = Set.of("ROLE_FINANCE_OFFICER", "ROLE_INSPECTOR", "ROLE_ADMIN");

    private final LedgerApi api;

    WarningPages(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/warnings")
    String warnings(@RequestParam(defaultValue = "") String villageId, @RequestParam(defaultValue = "") String town,
                    @RequestParam(defaultValue = "") String rule, @RequestParam(defaultValue = "") String acknowledged,
                    Model model) {
        model.addAttribute("warnings", api.read(
                "/api/warnings?villageId={v}&town={t}&rule={r}&acknowledged={a}", WARNINGS,
                villageId, town, rule, acknowledged));
        model.addAttribute("filter", Map.of("villageId", villageId, "town", town, "rule", rule,
                "acknowledged", acknowledged));
        model.addAttribute("rules", api.read("/api/warnings/rules", RULES).stream()
                .map(found -> String.valueOf(found.get("name"))).toList());
        return "warning/warnings";
    }

    /**
     * The header's badge: how many warnings wait for acknowledgement, for the roles that read them; nothing for
     * others, nor when the query side does not answer (the header must never break a page).
     */
    @GetMapping(value = "/warning-count", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> count(Authentication user) {
        boolean readsWarnings = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(READERS::contains);
        if (!readsWarnings) {
            return ResponseEntity.ok("");
        }
        try {
            int waiting = api.read("/api/warnings?acknowledged=false", WARNINGS).size();
            return ResponseEntity.ok(waiting == 0 ? ""
                    : "<span class=\"badge rounded-pill text-bg-warning\" id=\"warning-count\">"
                    + HtmlUtils.htmlEscape(String.valueOf(waiting)) + "</span>");
        } catch (ApiProblem | ApiUnavailable e) {
            return ResponseEntity.ok("");
        }
    }
}
