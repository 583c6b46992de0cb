package org.fupin.ledger.console.web;

import org.fupin.ledger.console.command.CommandForm;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every page knows who is signed in: the header names them, and forms are shown to the roles that send them. */
@ControllerAdvice
class SignedInUser {

    @ModelAttribute("signedIn")
    String signedIn() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? "" : user.getName();
    }

    @ModelAttribute("roles")
    Set<String> roles() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? Set.of() : user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .collect(Collectors.toSet());
    }

    /** The command forms by name, for pages to include: {@code ${commands['APPROVE']}}. */
    @ModelAttribute("commands")
    Map<String, CommandForm> commands() {
        Map<String, CommandForm> forms = new LinkedHashMap<>();
        for (CommandForm form : CommandForm.values()) {
            forms.put(form.name(), form);
        }
        return forms;
    }
}
