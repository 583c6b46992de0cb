package org.fupin.ledger.console.config;

import org.fupin.ledger.access.LedgerHttpSecurity;
import org.fupin.ledger.console.web.RoleRefusalPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.SecurityFilterChain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may open which page. Locally, a sign-in form with the ledger's local users (from the access module, so
 * the same passwords as the APIs); in production ({@code ledger.security.mode=jwt}), sign-in at the identity
 * provider (OIDC), whose {@code roles} claim gives the roles. Sessions: an HttpOnly, SameSite=Lax cookie; a
 * CSRF token on every form. The rules per page are coarse on purpose: the APIs judge every call again.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain console(HttpSecurity http, LedgerHttpSecurity ledger, RoleRefusalPage refusals)
            throws Exception {
        http.authorizeHttpRequests(pages -> {
                    pages.requestMatchers("/login", "/refused", "/webjars/**", "/css/**", "/js/**", "/error",
                            "/actuator/health", "/actuator/health/**").permitAll();
                    // The public notice (村务公开) for villagers: no sign-in; it reads only the public API.
                    pages.requestMatchers("/public/**").permitAll();
                    ConsolePages.rules(pages);
                    pages.anyRequest().authenticated();
                })
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusals))
                .logout(logout -> logout.logoutSuccessUrl("/login?signedOut"));
        if (ledger.mode() == LedgerHttpSecurity.Mode.JWT) {
            http.oauth2Login(login -> login.userInfoEndpoint(info -> info.userAuthoritiesMapper(rolesClaim())));
        } else {
            http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
        }
        return http.build();
    }

    /** The identity provider's {@code roles} claim, as the APIs read it, gives the console's roles too. */
    private static GrantedAuthoritiesMapper rolesClaim() {
        return (Collection<? extends GrantedAuthority> granted) -> {
            Set<GrantedAuthority> mapped = new HashSet<>(granted);
            for (GrantedAuthority authority : granted) {
                if (authority instanceof OidcUserAuthority oidc
                        && oidc.getAttributes().get("roles") instanceof List<?> roles) {
                    roles.forEach(role -> mapped.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return mapped;
        };
    }
}
