package org.fupin.ledger.console.config;

import org.fupin.ledger.access.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.util.AntPathMatcher;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The console's pages that belong to some roles only, in one list, so that the sign-in rules and the 403 page
 * ("who may do this") say the same. Pages not listed are open to every signed-in user; what they show is
 * still what the APIs let that user read.
 */
public enum ConsolePages {
    ALLOCATE("/funds/*/allocations", Role.FINANCE_OFFICER),
    ALLOCATION_PLANS("/funds/allocation-plans/**", Role.FINANCE_OFFICER),
    DASHBOARD("/overview", Role.FINANCE_OFFICER, Role.INSPECTOR, Role.ADMIN),
    BOARD("/board", Role.FINANCE_OFFICER, Role.INSPECTOR, Role.ADMIN),
    WARNINGS("/warnings", Role.FINANCE_OFFICER, Role.INSPECTOR, Role.ADMIN),
    MILESTONE("/projects/*/milestones", Role.SECRETARY),
    HISTORY("/villages/*/history", Role.INSPECTOR, Role.FINANCE_OFFICER, Role.ADMIN),
    COMPARE("/villages/*/compare", Role.INSPECTOR, Role.FINANCE_OFFICER, Role.ADMIN),
    INTEGRITY("/integrity", Role.INSPECTOR, Role.ADMIN),
    PERIODS("/periods", Role.FINANCE_OFFICER, Role.INSPECTOR, Role.ADMIN),
    PROJECTIONS("/admin/**", Role.ADMIN),
    APPROVALS("/approvals", Role.FINANCE_OFFICER);

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final String pattern;
    private final List<Role> roles;

    ConsolePages(String pattern, Role... roles) {
        this.pattern = pattern;
        this.roles = List.of(roles);
    }

    public List<Role> roles() {
        return roles;
    }

    static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        for (ConsolePages page : values()) {
            pages.requestMatchers(page.pattern)
                    .hasAnyRole(page.roles.stream().map(Role::name).toArray(String[]::new));
        }
    }

    /** The page a path belongs to, if it is one of the role-bound ones. */
    public static Optional<ConsolePages> of(String path) {
        return Arrays.stream(values()).filter(page -> PATHS.match(page.pattern, path)).findFirst();
    }
}
