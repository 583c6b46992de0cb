package org.fupin.ledger.console.publication;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.LedgerApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /public/villages/{id}/disclosure?period=2026-Q4}, for anyone: the notice a village posts, readable on a
 * phone, and a button that checks its head against the current chain. It reads only the query side's public
 * endpoints, passing the visitor's address on so that the query side's rate limit counts each visitor; a visitor
 * over the limit gets the API's 429 problem with its {@code Retry-After}.
 */
@Controller
class PublicDisclosurePage {

    private final LedgerApi api;

    PublicDisclosurePage(LedgerApi api) {
        this.api = api;
    }

    @GetMapping("/public/villages/{id}/disclosure")
    String disclosure(@PathVariable String id, @RequestParam(required = false) String period,
                      @RequestParam(required = false) String check, Model model, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        String visitor = request.getRemoteAddr();
        try {
            PublicSheet sheet = api.readPublic("/api/public/villages/{id}/disclosure?period={period}",
                    PublicSheet.class, visitor, id, DisclosurePeriod.orCurrentQuarter(period));
            model.addAttribute("sheet", sheet);
            if (check != null && sheet.integrity().pin() != null) {
                model.addAttribute("check", api.readPublic("/api/public/integrity?pin={pin}",
                        PublicSheet.PinCheck.class, visitor, sheet.integrity().pin()));
            }
            return "publication/disclosure";
        } catch (ApiProblem problem) {
            return refused(problem, model, response);
        }
    }

    private static String refused(ApiProblem problem, Model model, HttpServletResponse response) throws IOException {
        if (problem.status() == 429) {
            response.setStatus(429);
            if (problem.retryAfter() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, problem.retryAfter());
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("""
                    {"type":"about:blank","title":"Too Many Requests","status":429,\
                    "detail":"Too many requests from your address; retry later","code":"RATE_LIMITED"}""");
            return null;
        }
        response.setStatus(problem.status() == 400 ? 404 : problem.status());
        model.addAttribute("registeredOn", problem.properties().get("registeredOn"));
        return "publication/not-found";
    }
}
