package org.fupin.ledger.shared;

import java.util.regex.Pattern;

/**
 * The rule every client-chosen id follows: 1 to 64 of {@code A-Z a-z 0-9 . _ -}, and not a bare
 * {@code "."} or {@code ".."}, which would read as a path step in a URL.
 */
public final class Identifiers {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Identifiers() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches() && !id.equals(".") && !id.equals("..");
    }

    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new IllegalArgumentException("must be 1 to 64 of A-Z a-z 0-9 . _ - (not \".\" or \"..\")");
        }
        return id;
    }
}
