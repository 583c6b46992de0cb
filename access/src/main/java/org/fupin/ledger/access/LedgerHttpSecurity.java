package org.fupin.ledger.access;

import jakarta.servlet.DispatcherType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Builds an app's security filter chain: stateless, no sessions and so no CSRF tokens, HTTP Basic or JWT
 * bearer tokens by configuration, problem+json refusals. In the basic mode the chain also accepts the
 * console's own bearer tokens ({@link ConsoleToken}), so that the console calls the APIs as its signed-in user.
 * Health answers anyone; the rest of Actuator only
 * an ADMIN; then the app's own rules; anything else needs an authenticated caller.
 */
public final class LedgerHttpSecurity {

    /** How callers authenticate: {@code ledger.security.mode}. */
    public enum Mode { BASIC, JWT }

    public interface Rules extends Customizer<
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
    }

    private final Mode mode;
    private final JwtAuthenticationConverter jwt;
    private final ConsoleToken consoleToken;

    LedgerHttpSecurity(Mode mode, JwtAuthenticationConverter jwt, ConsoleToken consoleToken) {
        this.mode = mode;
        this.jwt = jwt;
        this.consoleToken = consoleToken;
    }

    public Mode mode() {
        return mode;
    }

    public SecurityFilterChain build(HttpSecurity http, Rules rules) throws Exception {
        ProblemResponses problems = new ProblemResponses(
                mode == Mode.JWT ? "Bearer" : "Basic realm=\"Fupin Ledger\", charset=\"UTF-8\"");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    rules.customize(requests);
                    requests.anyRequest().authenticated();
                });
        if (mode == Mode.JWT) {
            http.oauth2ResourceServer(server -> server.jwt(token -> token.jwtAuthenticationConverter(jwt))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
            http.oauth2ResourceServer(server -> server
                    .jwt(token -> token.decoder(consoleToken.decoder()).jwtAuthenticationConverter(jwt))
                    .authenticationEntryPoint(problems).accessDeniedHandler(problems));
        }
        return http.build();
    }
}
