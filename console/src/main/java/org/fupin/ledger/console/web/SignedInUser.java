package org.fupin.ledger.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header names the signed-in user. */
@ControllerAdvice
class SignedInUser {

    @ModelAttribute("signedIn")
    String signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "" : user.getName();
    }
}
