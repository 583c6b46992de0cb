package org.fupin.ledger.launcher.backup;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The schemas that hold the ledger, each created and migrated by Flyway in the app that owns it. The
 * locations mirror {@code spring.flyway.locations} in that app's {@code application.yml}: a restore runs
 * the same scripts, taken from the app's executable jar, so the schema it loads data into is the one the
 * app itself would have made.
 */
enum LedgerSchema {

    EVENT_STORE("event_store", "command-side", List.of("db/event-store", "db/command-side")),
    PROJECTION("projection", "query-side", List.of("db/projection"));

    private final String schemaName;
    private final String module;
    private final List<String> locations;

    LedgerSchema(String schemaName, String module, List<String> locations) {
        this.schemaName = schemaName;
        this.module = module;
        this.locations = locations;
    }

    static Optional<LedgerSchema> named(String schemaName) {
        return Arrays.stream(values()).filter(schema -> schema.schemaName.equals(schemaName)).findFirst();
    }

    String schemaName() {
        return schemaName;
    }

    String module() {
        return module;
    }

    List<String> locations() {
        return locations;
    }
}
