package org.fupin.ledger.query.warning;

import org.fupin.ledger.query.http.BadQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The early warnings that hold today, filtered by village, town, rule and whether acknowledged. */
@RestController
class WarningController {

    private final Warnings warnings;
    private final WarningRules rules;

    WarningController(Warnings warnings, WarningRules rules) {
        this.warnings = warnings;
        this.rules = rules;
    }

    /** The rules in force: name, version, severity and parameters. */
    @GetMapping("/api/warnings/rules")
    List<WarningRule> rules() {
        return rules.inForce();
    }

    @GetMapping("/api/warnings")
    List<Warning> list(@RequestParam(required = false) String villageId,
                       @RequestParam(required = false) String town,
                       @RequestParam(required = false) String rule,
                       @RequestParam(required = false) String acknowledged) {
        if (rule != null && !rule.isEmpty() && !warnings.ruleNames().contains(rule)) {
            throw new BadQuery("rule must be one of " + warnings.ruleNames());
        }
        return warnings.list(new Warnings.Filter(blankToNull(villageId), blankToNull(town), blankToNull(rule),
                acknowledged(acknowledged)));
    }

    private static Boolean acknowledged(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadQuery("acknowledged must be true or false");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
