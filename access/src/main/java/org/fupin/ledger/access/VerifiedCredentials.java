package org.fupin.ledger.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Remembers, for a short while, which password matched which stored hash, so that HTTP Basic, which sends
 * the password with every request, costs one BCrypt check per user and period instead of one per request
 * (a JFR profile of the command side under load found 44 % of its CPU in BCrypt).
 *
 * <p>Only successful checks are remembered, never a password itself: the key of an entry is
 * {@code HMAC-SHA256(k, stored hash | password)} with a random {@code k} made when the process starts and
 * never stored, so a heap dump does not reveal the passwords or let them be guessed offline faster than
 * the BCrypt hashes would. A changed password has a new stored hash, so no entry made for the old one can
 * match it: the old password is checked by BCrypt again, and refused. A wrong password is always checked by
 * BCrypt, so guessing stays as slow as before.
 */
final class VerifiedCredentials implements PasswordEncoder {

    private final PasswordEncoder hashes;
    private final SecretKeySpec key;
    private final Cache<ByteBuffer, Boolean> verified;

    VerifiedCredentials(PasswordEncoder hashes, Duration lifetime, long maximumSize) {
        this.hashes = hashes;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(maximumSize).build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hashes.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return hashes.matches(rawPassword, encodedPassword);
        }
        ByteBuffer entry = entry(rawPassword, encodedPassword);
        if (verified.getIfPresent(entry) != null) {
            return true;
        }
        boolean matches = hashes.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(entry, Boolean.TRUE);
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return hashes.upgradeEncoding(encodedPassword);
    }

    private ByteBuffer entry(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] hash = encodedPassword.getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(4).putInt(hash.length).array());
            mac.update(hash);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
