package org.fupin.ledger.access;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The ledger's users, by configuration alone:
 * <ul>
 *   <li>{@code ledger.security.mode=basic} (the default): HTTP Basic with the local users {@code finance},
 *   {@code finance2} (a second finance officer, for maker-checker), {@code secretary}, {@code secretary2},
 *   {@code inspector} and {@code admin}, each with the password
 *   {@code <username>-pass} unless {@code ledger.security.users.<username>.password} (for example the
 *   environment variable {@code LEDGER_SECURITY_USERS_FINANCE_PASSWORD}) says otherwise; also the console's
 *   short-lived bearer tokens ({@link ConsoleToken}). For local use only.</li>
 *   <li>{@code ledger.security.mode=jwt} (the {@code production} profile): an OAuth2 resource server; the
 *   username comes from the claim {@code ledger.security.jwt.username-claim} (default
 *   {@code preferred_username}) and the roles from {@code ledger.security.jwt.roles-claim} (default
 *   {@code roles}), with the issuer or keys set by Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*}.</li>
 * </ul>
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class AccessAutoConfiguration {

    /** The local users and their roles; passwords come from configuration. */
    static final Map<String, Role> LOCAL_USERS = localUsers();

    private static Map<String, Role> localUsers() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("finance", Role.FINANCE_OFFICER);
        users.put("finance2", Role.FINANCE_OFFICER);
        users.put("secretary", Role.SECRETARY);
        users.put("secretary2", Role.SECRETARY);
        users.put("inspector", Role.INSPECTOR);
        users.put("admin", Role.ADMIN);
        return users;
    }

    @Bean
    LedgerHttpSecurity ledgerHttpSecurity(Environment environment) {
        String mode = environment.getProperty("ledger.security.mode", "basic").trim().toUpperCase(Locale.ROOT);
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(environment.getProperty("ledger.security.jwt.roles-claim", "roles"));
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter jwt = new JwtAuthenticationConverter();
        jwt.setJwtGrantedAuthoritiesConverter(roles);
        jwt.setPrincipalClaimName(environment.getProperty("ledger.security.jwt.username-claim", "preferred_username"));
        try {
            return new LedgerHttpSecurity(LedgerHttpSecurity.Mode.valueOf(mode), jwt, ConsoleToken.from(environment));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ledger.security.mode must be basic or jwt, not '" + mode + "'");
        }
    }

    /**
     * Bodies over {@code ledger.http.max-body-bytes} (default 64 KB) are refused with 413 before any parsing;
     * file uploads to {@code ledger.http.upload-paths} (default none) up to {@code ledger.http.max-upload-bytes}.
     */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(Environment environment) {
        int bodyLimit = environment.getProperty("ledger.http.max-body-bytes", Integer.class, 65536);
        FilterRegistrationBean<RequestSizeLimit> registration = new FilterRegistrationBean<>(new RequestSizeLimit(
                bodyLimit, environment.getProperty("ledger.http.max-upload-bytes", Integer.class, bodyLimit),
                List.of(environment.getProperty("ledger.http.upload-paths", String[].class, new String[0]))));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** URLs Spring Security's firewall refuses (encoded dots or slashes, ...) answer 400 problem+json. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST,
                "MALFORMED_REQUEST", "The request URL is not allowed (encoded dots, slashes or control characters)");
    }

    @Bean
    MalformedParameters malformedParameters() {
        return new MalformedParameters();
    }

    @Bean
    ProblemErrorPages problemErrorPages() {
        return new ProblemErrorPages();
    }

    /** Puts {@link ProblemReportValve} in place of the error report valve Spring Boot gives Tomcat. */
    static final class ProblemErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
            Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    /**
     * Passwords may be given in the clear (hashed here with BCrypt at a low cost) or already hashed, as
     * {@code {bcrypt}$2a$...}. HTTP Basic checks the password on every request, so a successful check is
     * remembered for {@code ledger.security.verified-credentials.lifetime} (default 5 minutes) by
     * {@link VerifiedCredentials}; a changed password is checked afresh.
     */
    @Bean
    PasswordEncoder passwordEncoder(Environment environment) {
        return new VerifiedCredentials(bcrypt(),
                Duration.parse(environment.getProperty("ledger.security.verified-credentials.lifetime", "PT5M")),
                10_000);
    }

    private static PasswordEncoder bcrypt() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> encoders = Map.of("bcrypt", new BCryptPasswordEncoder(4));
        DelegatingPasswordEncoder fast = new DelegatingPasswordEncoder("bcrypt", encoders);
        fast.setDefaultPasswordEncoderForMatches(encoder);
        return fast;
    }

    @Bean
    UserDetailsService localUsers(Environment environment, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        LOCAL_USERS.forEach((username, role) -> {
            String password = environment.getProperty("ledger.security.users." + username + ".password",
                    username + "-pass");
            users.add(User.withUsername(username)
                    .password(password.startsWith("{") ? password : encoder.encode(password))
                    .roles(role.name())
                    .build());
        });
        return new InMemoryUserDetailsManager(users);
    }
}
