package org.fupin.ledger.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The authenticated user behind the current request, as the ledger records and judges them: a username
 * and their ledger roles. Taken from the security context, never from anything the request body says.
 *
 * <p>A user may hold several roles; they are always judged as a set. Only {@link Role#SECRETARY} is tied to
 * villages: it reaches the villages its holder is First Secretary of and no others, whatever other roles
 * the holder has. The other roles reach every village. {@link #mayReadVillage} and {@link #mayWriteInVillage}
 * are that rule, for both apps.
 */
public record Caller(String username, Set<Role> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller of(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authentication.getAuthorities()) {
            Arrays.stream(Role.values()).filter(role -> role.authority().equals(granted.getAuthority()))
                    .forEach(roles::add);
        }
        return new Caller(authentication.getName(), roles);
    }

    /**
     * The caller as a command's metadata records them: the username and the {@link #roleNames()} string.
     * Names that are not ledger roles are ignored; a missing string means no roles.
     */
    public static Caller recorded(String username, String roleNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (roleNames != null) {
            for (String name : roleNames.split(",")) {
                Arrays.stream(Role.values()).filter(role -> role.name().equals(name.trim())).forEach(roles::add);
            }
        }
        return new Caller(username, roles);
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

    /**
     * Whether the caller may read a village, or a project of it: with any role but SECRETARY, always; with
     * SECRETARY alone, only where they are a First Secretary ({@code firstSecretary} is asked only then).
     */
    public boolean mayReadVillage(BooleanSupplier firstSecretary) {
        return readsEverything() || is(Role.SECRETARY) && firstSecretary.getAsBoolean();
    }

    /**
     * Whether the caller may send a write to a village, as far as the village is concerned. Outside the
     * villages they are First Secretary of, a caller who holds SECRETARY may send only what another of their
     * roles permits on its own: never a write that only SECRETARY permits ({@code secretaryOnly}: proposing,
     * starting, milestones, completing, suspending, resuming, the collective account), and nothing at all
     * when SECRETARY is their only role. So holding a second role never widens the reach of the first.
     *
     * <p>Which role may send which write at all is each app's access rules, per endpoint; this adds only
     * the village, which the HTTP layer does not know.
     */
    public boolean mayWriteInVillage(boolean secretaryOnly, boolean firstSecretary) {
        if (!is(Role.SECRETARY) || firstSecretary) {
            return true;
        }
        return !secretaryOnly && roles.size() > 1;
    }

    /** The roles as recorded in event metadata: {@code FINANCE_OFFICER}, or several joined by commas. */
    public String roleNames() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
