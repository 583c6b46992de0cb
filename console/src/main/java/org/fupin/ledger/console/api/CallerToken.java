package org.fupin.ledger.console.api;

import org.fupin.ledger.access.ConsoleToken;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The bearer token the console sends to the APIs for the signed-in user. Signed in with a local user: a
 * five-minute {@link ConsoleToken} naming them and their roles, made afresh per call, so no password stays
 * in the session. Signed in through the identity provider (production): the access token it issued.
 */
@Component
class CallerToken {

    private final ConsoleToken consoleToken;
    private final ObjectProvider<OAuth2AuthorizedClientService> authorizedClients;

    CallerToken(Environment environment, ObjectProvider<OAuth2AuthorizedClientService> authorizedClients) {
        this.consoleToken = ConsoleToken.from(environment);
        this.authorizedClients = authorizedClients;
    }

    /** The {@code Authorization} header value for the current user, or null when nobody is signed in. */
    String header() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return null;
        }
        if (user instanceof OAuth2AuthenticationToken oidc) {
            OAuth2AuthorizedClient client = authorizedClients.getObject()
                    .loadAuthorizedClient(oidc.getAuthorizedClientRegistrationId(), oidc.getName());
            return client == null ? null : "Bearer " + client.getAccessToken().getTokenValue();
        }
        List<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .toList();
        return "Bearer " + consoleToken.sign(user.getName(), roles);
    }
}
