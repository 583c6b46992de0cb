package org.fupin.ledger.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The short-lived token the console sends to both APIs on behalf of the user signed in to it, in the local
 * (basic) mode: an HS256 JWT with {@code preferred_username} and {@code roles}, signed with a key both sides
 * read from {@code ledger.console.token-key} (environment {@code LEDGER_CONSOLE_TOKEN_KEY}).
 *
 * <p>Why a token and not the user's password: the console then never keeps a password in its session, and
 * the APIs still judge the real user and record them in every event. The token lives five minutes, so a
 * leaked one is worth little; the default key is for local use only, like the local users' passwords.
 */
public final class ConsoleToken {

    /** The token's issuer; the APIs accept no other. */
    public static final String ISSUER = "fupin-ledger-console";
    static final String KEY_PROPERTY = "ledger.console.token-key";
    static final String LOCAL_KEY = "fupin-ledger-local-console-key-change-me-in-production";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final SecretKey key;

    private ConsoleToken(SecretKey key) {
        this.key = key;
    }

    /** The key configured for this app, or the local default; refuses keys shorter than HS256 needs. */
    public static ConsoleToken from(Environment environment) {
        return withKey(environment.getProperty(KEY_PROPERTY, LOCAL_KEY));
    }

    static ConsoleToken withKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < 32) {
            throw new IllegalStateException(KEY_PROPERTY + " must be at least 32 bytes long for HS256");
        }
        return new ConsoleToken(new SecretKeySpec(bytes, "HmacSHA256"));
    }

    /** A token for {@code username} holding {@code roles} (role names such as {@code FINANCE_OFFICER}). */
    public String sign(String username, Collection<String> roles) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(ISSUER).subject(username).claim("preferred_username", username)
                        .claim("roles", List.copyOf(roles)).issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plus(LIFETIME))).build());
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign the console token", e);
        }
        return jwt.serialize();
    }

    /** Accepts only tokens signed with this key, from the console, and not expired. */
    JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }
}
