package org.fupin.ledger.command;

import org.axonframework.commandhandling.CommandExecutionException;

import java.util.Locale;
import java.util.Map;

/**
 * A command the ledger will not carry out. Thrown by aggregates before they apply anything, so a refused
 * command appends nothing. It extends {@link CommandExecutionException} and carries its {@link Refusal} as
 * details, which is what survives the trip back from a remote command handler through Axon Server.
 */
public class CommandRefused extends CommandExecutionException {

    public CommandRefused(Refusal refusal) {
        super(refusal.message(), null, refusal);
    }

    /** A business rule refused the command: overspending, an illegal state change. HTTP 422. */
    public static CommandRefused rule(String code, String message) {
        return new CommandRefused(new Refusal(Refusal.Kind.RULE, code, message));
    }

    /** The command names something that does not exist. HTTP 404. */
    public static CommandRefused notFound(String what, String id) {
        return new CommandRefused(new Refusal(Refusal.Kind.NOT_FOUND, what.toUpperCase(Locale.ROOT).replace(' ', '_') + "_NOT_FOUND",
                "No " + what + " with id '" + id + "'"));
    }

    /** The caller may not do this to this target, whatever their role allows elsewhere. HTTP 403. */
    public static CommandRefused forbidden(String code, String message) {
        return new CommandRefused(new Refusal(Refusal.Kind.FORBIDDEN, code, message));
    }

    /** The client-chosen id is already taken. HTTP 409. */
    public static CommandRefused duplicate(String what, String id) {
        return new CommandRefused(new Refusal(Refusal.Kind.CONFLICT, "DUPLICATE_ID",
                "The " + what + " id '" + id + "' is already used"));
    }

    /** The command clashes with what is already recorded, such as closing a month already closed. HTTP 409. */
    public static CommandRefused conflict(String code, String message) {
        return new CommandRefused(new Refusal(Refusal.Kind.CONFLICT, code, message));
    }

    /** A business rule refused the command; {@code facts} go into the problem body beside the code. HTTP 422. */
    public static CommandRefused rule(String code, String message, Map<String, String> facts) {
        return new CommandRefused(new Refusal(Refusal.Kind.RULE, code, message, facts));
    }

    public Refusal refusal() {
        return getDetails().map(Refusal.class::cast).orElseThrow();
    }

    /**
     * Why a command was refused: a stable {@code code} for clients, a sentence for people, and any figures a
     * client needs to act on it ({@code facts}, e.g. {@code payableNow}).
     */
    public record Refusal(Kind kind, String code, String message, Map<String, String> facts) {

        public Refusal {
            facts = facts == null ? Map.of() : Map.copyOf(facts);
        }

        public Refusal(Kind kind, String code, String message) {
            this(kind, code, message, Map.of());
        }

        public enum Kind { RULE, NOT_FOUND, CONFLICT, FORBIDDEN }
    }
}
