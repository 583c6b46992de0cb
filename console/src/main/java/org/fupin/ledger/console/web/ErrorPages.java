package org.fupin.ledger.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fupin.ledger.console.api.ApiProblem;
import org.fupin.ledger.console.api.ApiUnavailable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a page shows when it cannot show what was asked: the API refused to read (403, 404, ...) in its own
 * words, or an API is down. Forms handle their refusals themselves, next to the fields.
 */
@ControllerAdvice
@Controller
class ErrorPages {

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        model.addAttribute("problem", problem);
        return switch (problem.status()) {
            case 403 -> "errors/refused";
            case 404 -> "errors/not-found";
            default -> "errors/problem";
        };
    }

    @ExceptionHandler(ApiUnavailable.class)
    String unavailable(ApiUnavailable down, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("api", down.api());
        return "errors/unavailable";
    }

    @ExceptionHandler(NoResourceFoundException.class)
    String noSuchPage(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "errors/not-found";
    }

    /** Where {@link RoleRefusalPage} forwards a page of another role. */
    @RequestMapping("/refused")
    String roleRefused(HttpServletRequest request) {
        return "errors/refused";
    }
}
