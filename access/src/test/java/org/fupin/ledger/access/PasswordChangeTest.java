package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A remembered sign-in never outlives a password change. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void theOldPasswordIsRefusedRightAfterItWasChanged() throws Exception {
        assertThat(TestApp.get(port, "/api/finance-only", basic("finance", "finance-pass")).status()).isEqualTo(200);
        assertThat(TestApp.get(port, "/api/finance-only", basic("finance", "finance-pass")).status()).isEqualTo(200);

        InMemoryUserDetailsManager manager = (InMemoryUserDetailsManager) users;
        manager.updatePassword(manager.loadUserByUsername("finance"), encoder.encode("changed-pass"));

        assertThat(TestApp.get(port, "/api/finance-only", basic("finance", "finance-pass")).status()).isEqualTo(401);
        assertThat(TestApp.get(port, "/api/finance-only", basic("finance", "changed-pass")).status()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
