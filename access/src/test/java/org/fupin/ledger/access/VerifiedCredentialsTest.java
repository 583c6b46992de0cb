package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class VerifiedCredentialsTest {

    private final AtomicInteger bcryptChecks = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counted = new PasswordEncoder() {
        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            bcryptChecks.incrementAndGet();
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    };
    private final VerifiedCredentials credentials = new VerifiedCredentials(counted, Duration.ofMinutes(5), 100);

    @Test
    void checksACorrectPasswordWithBcryptOnceAndThenRemembersIt() {
        String stored = credentials.encode("finance-pass");

        assertThat(credentials.matches("finance-pass", stored)).isTrue();
        assertThat(credentials.matches("finance-pass", stored)).isTrue();
        assertThat(credentials.matches("finance-pass", stored)).isTrue();

        assertThat(bcryptChecks).hasValue(1);
    }

    @Test
    void checksEveryWrongPasswordWithBcrypt() {
        String stored = credentials.encode("finance-pass");

        assertThat(credentials.matches("guess", stored)).isFalse();
        assertThat(credentials.matches("guess", stored)).isFalse();

        assertThat(bcryptChecks).hasValue(2);
    }

    @Test
    void refusesTheOldPasswordOnceThePasswordChanged() {
        String before = credentials.encode("finance-pass");
        assertThat(credentials.matches("finance-pass", before)).isTrue();

        String after = credentials.encode("new-secret");

        assertThat(credentials.matches("finance-pass", after)).isFalse();
        assertThat(credentials.matches("new-secret", after)).isTrue();
        assertThat(bcryptChecks).hasValue(3);
    }

    @Test
    void forgetsAVerifiedPasswordAfterItsLifetime() throws InterruptedException {
        VerifiedCredentials shortLived = new VerifiedCredentials(counted, Duration.ofMillis(1), 100);
        String stored = shortLived.encode("finance-pass");
        assertThat(shortLived.matches("finance-pass", stored)).isTrue();
        Thread.sleep(20);

        assertThat(shortLived.matches("finance-pass", stored)).isTrue();

        assertThat(bcryptChecks).hasValue(2);
    }
}
