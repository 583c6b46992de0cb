package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The local mode: HTTP Basic with the built-in users, whose passwords configuration may replace. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.security.users.finance.password=s3cret-from-config")
class BasicModeTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void localUsersSignInWithTheirPasswordsAndAConfiguredOneReplacesTheDefault() throws Exception {
        TestApp.Answer inspector = TestApp.get(port, "/api/whoami", basic("inspector", "inspector-pass"));
        assertThat(inspector.status()).isEqualTo(200);
        assertThat(inspector.body()).contains("\"username\":\"inspector\"", "\"roles\":[\"INSPECTOR\"]");

        assertThat(TestApp.get(port, "/api/finance-only", basic("finance", "s3cret-from-config")).status())
                .isEqualTo(200);
        TestApp.Answer oldPassword = TestApp.get(port, "/api/finance-only", basic("finance", "finance-pass"));
        assertThat(oldPassword.status()).isEqualTo(401);
        assertThat(oldPassword.challenge()).startsWith("Basic");
        assertThat(oldPassword.contentType()).startsWith("application/problem+json");
        assertThat(TestApp.get(port, "/api/finance-only", basic("secretary", "secretary-pass")).status())
                .isEqualTo(403);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
