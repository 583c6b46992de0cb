package org.fupin.ledger.command.http;

import org.springframework.stereotype.Component;

/**
 * Who is sending the current request. Until access control lands every request acts as the local
 * operator; the actor is still recorded on every event.
 */
@Component
public class Actors {

    public Actor current() {
        return new Actor("local-operator", "ADMIN");
    }

    public record Actor(String username, String role) {
    }
}
