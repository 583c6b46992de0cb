package org.fupin.ledger.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authenticated user behind the current request, as the ledger records and judges them: a username
 * and their ledger roles. Taken from the security context, never from anything the request body says.
 */
public record Caller(String username, Set<Role> roles) {

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(granted.getAuthority()))
                    .forEach(roles::add);
        }
        return new Caller(authentication.getName(), roles);
    }

    /** The caller of the current request; fails when nobody authenticated, which the filter chain prevents. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No authenticated caller: every API path requires authentication");
        }
        return of(authentication);
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /** Finance officers, inspectors and administrators read everything; secretaries only their villages. */
    public boolean readsEverything() {
        return is(Role.FINANCE_OFFICER) || is(Role.INSPECTOR) || is(Role.ADMIN);
    }

    /** The roles as recorded in event metadata: {@code FINANCE_OFFICER}, or several joined by commas. */
    public String roleNames() {
        return roles.stream().map(Role::name).collect(Collectors.joining(","));
    }
}
