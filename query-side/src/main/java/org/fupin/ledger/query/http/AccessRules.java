package org.fupin.ledger.query.http;

import org.fupin.ledger.access.Caller;
import org.fupin.ledger.access.LedgerHttpSecurity;
import org.fupin.ledger.access.Role;
import org.fupin.ledger.query.project.ProjectQueries;
import org.fupin.ledger.query.village.Secretaries;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.BiPredicate;

/**
 * Who may read what. Finance officers, inspectors and administrators read everything; a secretary reads the
 * fund list and their own villages and those villages' projects, and nothing else. Only an administrator
 * rebuilds projections, runs and watches the full verification of the integrity chain, and reads or handles
 * dead letters. Anyone, signed in or not, reads {@code /api/public/**}: a village's notice and the check of its
 * head, rate-limited per client ({@link PublicRateLimit}).
 */
@Configuration
class AccessRules {

    private static final String[] STAFF = {Role.FINANCE_OFFICER.name(), Role.INSPECTOR.name(), Role.ADMIN.name()};
    private static final String[] EVERYONE = {Role.FINANCE_OFFICER.name(), Role.INSPECTOR.name(), Role.ADMIN.name(),
            Role.SECRETARY.name()};

    @Bean
    SecurityFilterChain queryAccess(HttpSecurity http, LedgerHttpSecurity security, Secretaries secretaries,
                                    ProjectQueries projects) throws Exception {
        AuthorizationManager<RequestAuthorizationContext> ownVillage = staffOrSecretary((caller, request) ->
                secretaries.assigned(caller.username(), request.getVariables().get("id")));
        AuthorizationManager<RequestAuthorizationContext> ownProject = staffOrSecretary((caller, request) ->
                projects.villageOf(request.getVariables().get("id"))
                        .map(village -> secretaries.assigned(caller.username(), village)).orElse(false));
        AuthorizationManager<RequestAuthorizationContext> ownProjects = staffOrSecretary((caller, request) -> {
            String village = request.getRequest().getParameter("villageId");
            return village == null || secretaries.assigned(caller.username(), village);
        });
        return security.build(http, requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/admin/integrity/**").hasRole(Role.ADMIN.name())
                .requestMatchers("/api/admin/dead-letters", "/api/admin/dead-letters/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/funds", "/api/villages").hasAnyRole(EVERYONE)
                .requestMatchers(HttpMethod.GET, "/api/villages/{id}", "/api/villages/{id}/**").access(ownVillage)
                .requestMatchers(HttpMethod.GET, "/api/projects").access(ownProjects)
                .requestMatchers(HttpMethod.GET, "/api/projects/{id}", "/api/projects/{id}/**").access(ownProject)
                .requestMatchers(HttpMethod.GET, "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .hasAnyRole(EVERYONE)
                .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(STAFF)
                .requestMatchers("/api/**").denyAll());
    }

    /** Staff may; a secretary may when {@code secretaryMay} says so; anonymous callers and other roles may not. */
    private static AuthorizationManager<RequestAuthorizationContext> staffOrSecretary(
            BiPredicate<Caller, RequestAuthorizationContext> secretaryMay) {
        return (authentication, request) -> {
            Authentication who = authentication.get();
            if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
                return new AuthorizationDecision(false);
            }
            Caller caller = Caller.of(who);
            return new AuthorizationDecision(caller.mayReadVillage(() -> secretaryMay.test(caller, request)));
        };
    }
}
