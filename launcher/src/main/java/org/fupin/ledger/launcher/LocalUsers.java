package org.fupin.ledger.launcher;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** The apps' local users (HTTP Basic), as the demo loader, the benchmark and the tests sign in with them. */
public final class LocalUsers {

    private LocalUsers() {
    }

    /**
     * The {@code Authorization} header of a local user: the password the apps were given through
     * {@code LEDGER_SECURITY_USERS_<USER>_PASSWORD}, else the local default {@code <user>-pass}.
     */
    public static String basic(String user) {
        String configured = System.getenv("LEDGER_SECURITY_USERS_" + user.toUpperCase(Locale.ROOT) + "_PASSWORD");
        String password = configured == null ? user + "-pass" : configured;
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
