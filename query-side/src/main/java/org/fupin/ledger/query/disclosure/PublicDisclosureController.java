package org.fupin.ledger.query.disclosure;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/villages/{id}/disclosure?period=2026-Q4}: the notice as JSON for anyone, signed in or
 * not, as the village posts it on its board. It is the same sheet the signed-in endpoint serves, which names no
 * actor and no request id. Rate-limited per client ({@code http/PublicRateLimit}).
 */
@RestController
class PublicDisclosureController {

    private final DisclosureSheets sheets;

    PublicDisclosureController(DisclosureSheets sheets) {
        this.sheets = sheets;
    }

    @GetMapping("/api/public/villages/{id}/disclosure")
    DisclosureSheet disclosure(@PathVariable String id, @RequestParam String period) {
        return sheets.sheet(id, Period.parse(period));
    }

    /** 404 {@code PERIOD_BEFORE_VILLAGE} with {@code registeredOn}: the village exists, the period is too early. */
    @ExceptionHandler(PeriodBeforeVillage.class)
    ProblemDetail beforeTheVillage(PeriodBeforeVillage e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "The village was registered on " + e.registeredOn() + ", after this period ended");
        problem.setProperty("code", "PERIOD_BEFORE_VILLAGE");
        problem.setProperty("registeredOn", e.registeredOn().toString());
        return problem;
    }
}
