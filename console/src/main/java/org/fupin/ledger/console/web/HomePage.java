package org.fupin.ledger.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sign-in, and after it each role's own start page. */
@Controller
class HomePage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Authentication user) {
        if (has(user, "ROLE_FINANCE_OFFICER")) {
            return "redirect:/overview";
        }
        if (has(user, "ROLE_ADMIN")) {
            return "redirect:/admin/projections";
        }
        return "redirect:/villages";
    }

    private static boolean has(Authentication user, String authority) {
        return user.getAuthorities().stream().anyMatch(granted -> granted.getAuthority().equals(authority));
    }
}
