package org.fupin.ledger.command.http;

import org.fupin.ledger.access.LedgerHttpSecurity;
import org.fupin.ledger.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Which role may send which command. A secretary's commands are further limited to their own villages by
 * the {@code Village} aggregate, which knows who is assigned to it; the endpoints given to SECRETARY below
 * are those of the {@code SecretaryCommand}s, which no other role a caller holds lets them send elsewhere.
 * Verifying a milestone is the one write besides acceptance an inspector may send; a finance officer may too.
 * Only an administrator reads and handles the relays' dead letters ({@code /api/admin/**}).
 */
@Configuration
class AccessRules {

    @Bean
    SecurityFilterChain commandAccess(HttpSecurity http, LedgerHttpSecurity security) throws Exception {
        return security.build(http, requests -> requests
                .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/villages", "/api/villages/*/secretaries",
                        "/api/villages/*/secretaries/*/recall")
                .hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/funds", "/api/funds/*/allocations", "/api/villages/*/returns",
                        "/api/funds/allocation-plans", "/api/funds/allocation-plans/*/confirmation",
                        "/api/projects/*/approve", "/api/projects/*/cancel", "/api/projects/*/commitments",
                        "/api/projects/*/disbursements", "/api/projects/*/disbursements/*/reversal",
                        "/api/periods/*/close",
                        "/api/funds/*/allocations/*/approval", "/api/funds/*/allocations/*/rejection",
                        "/api/projects/*/disbursements/*/approval", "/api/projects/*/disbursements/*/rejection")
                .hasRole(Role.FINANCE_OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/api/projects/*/milestones/*/verification")
                .hasAnyRole(Role.INSPECTOR.name(), Role.FINANCE_OFFICER.name())
                .requestMatchers(HttpMethod.POST, "/api/projects/*/accept", "/api/warnings/*/acknowledgement")
                .hasRole(Role.INSPECTOR.name())
                .requestMatchers(HttpMethod.POST, "/api/projects", "/api/projects/*/start", "/api/projects/*/milestones",
                        "/api/projects/*/complete", "/api/projects/*/suspend", "/api/projects/*/resume",
                        "/api/villages/*/collective-income", "/api/villages/*/collective-spending")
                .hasRole(Role.SECRETARY.name())
                .requestMatchers(HttpMethod.POST, "/api/**").denyAll());
    }
}
