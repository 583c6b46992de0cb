package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** In the local mode the APIs also take the console's bearer tokens, and only those signed with its key. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ledger.console.token-key=" + ConsoleTokenTest.KEY)
class ConsoleTokenTest {

    static final String KEY = "a-test-console-key-of-at-least-thirty-two-bytes";

    @Value("${local.server.port}")
    int port;

    @Test
    void acceptsATokenSignedWithTheConsoleKeyAsTheUserItNames() throws Exception {
        String token = ConsoleToken.withKey(KEY).sign("finance", List.of("FINANCE_OFFICER"));
        TestApp.Answer answer = TestApp.get(port, "/api/whoami", "Bearer " + token);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"username\":\"finance\"", "\"roles\":[\"FINANCE_OFFICER\"]");
        assertThat(TestApp.get(port, "/api/finance-only", "Bearer " + token).status()).isEqualTo(200);
    }

    @Test
    void refusesATokenSignedWithAnotherKeyWith401() throws Exception {
        String forged = ConsoleToken.withKey("another-key-that-is-also-thirty-two-bytes-long")
                .sign("admin", List.of("ADMIN"));
        TestApp.Answer answer = TestApp.get(port, "/api/whoami", "Bearer " + forged);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void judgesTheRolesTheTokenCarries() throws Exception {
        String secretary = ConsoleToken.withKey(KEY).sign("secretary", List.of("SECRETARY"));
        assertThat(TestApp.get(port, "/api/finance-only", "Bearer " + secretary).status()).isEqualTo(403);
    }

    @Test
    void refusesKeysTooShortForHs256() {
        assertThatThrownBy(() -> ConsoleToken.withKey("short")).isInstanceOf(IllegalStateException.class);
    }
}
