package org.fupin.ledger.access;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The production mode: JWT bearer tokens, username and roles from claims, no local users. */
@SpringBootTest(classes = {TestApp.class, JwtModeTest.Keys.class}, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.mode=jwt")
class JwtModeTest {

    private static final KeyPair ISSUER = rsa();
    private static final KeyPair STRANGER = rsa();

    @Value("${local.server.port}")
    int port;

    @TestConfiguration
    static class Keys {
        @Bean
        JwtDecoder jwtDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) ISSUER.getPublic()).build();
        }
    }

    @Test
    void takesTheUsernameAndRolesFromTheTokensClaims() throws Exception {
        TestApp.Answer answer = TestApp.get(port, "/api/whoami", bearer(ISSUER, "zhangsan", List.of("FINANCE_OFFICER")));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"username\":\"zhangsan\"", "\"roles\":[\"FINANCE_OFFICER\"]");
        assertThat(TestApp.get(port, "/api/finance-only", bearer(ISSUER, "zhangsan", List.of("FINANCE_OFFICER")))
                .status()).isEqualTo(200);
    }

    @Test
    void refusesOtherRolesWith403AndBadOrMissingTokensWith401() throws Exception {
        TestApp.Answer secretary = TestApp.get(port, "/api/finance-only", bearer(ISSUER, "lisi", List.of("SECRETARY")));
        assertThat(secretary.status()).isEqualTo(403);
        assertThat(secretary.contentType()).startsWith("application/problem+json");

        TestApp.Answer anonymous = TestApp.get(port, "/api/whoami", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.challenge()).startsWith("Bearer");
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        assertThat(TestApp.get(port, "/api/whoami", bearer(STRANGER, "mallory", List.of("ADMIN"))).status())
                .isEqualTo(401);
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin-pass".getBytes());
        assertThat(TestApp.get(port, "/api/whoami", basic).status()).isEqualTo(401);
    }

    private static String bearer(KeyPair key, String username, List<String> roles) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().subject("uuid-" + username).claim("preferred_username", username)
                        .claim("roles", roles).issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return "Bearer " + jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
