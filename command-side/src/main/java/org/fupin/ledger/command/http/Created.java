package org.fupin.ledger.command.http;

import org.fupin.ledger.shared.Identifiers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

/** The answer to a command that created something: 201, a Location and {@code {"id": ...}}. */
public final class Created {

    private Created() {
    }

    /** @param pathTemplate e.g. {@code /api/funds/{fundId}/allocations/{id}}, filled with {@code ids} */
    public static ResponseEntity<Map<String, String>> at(String pathTemplate, String... ids) {
        String id = ids[ids.length - 1];
        return ResponseEntity.created(UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand((Object[]) ids).toUri())
                .body(Map.of("id", id));
    }

    /** A path id that is not a valid client id cannot name anything. */
    public static String pathId(String name, String value) {
        if (!Identifiers.isValid(value)) {
            throw InvalidRequest.of(name, "must be 1 to 64 of A-Z a-z 0-9 . _ -");
        }
        return value;
    }
}
