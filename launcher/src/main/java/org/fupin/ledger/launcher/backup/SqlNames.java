package org.fupin.ledger.launcher.backup;

/** Identifiers read from the catalog, quoted so that any name (even {@code type} or {@code timestamp}) is safe. */
final class SqlNames {

    private SqlNames() {
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
