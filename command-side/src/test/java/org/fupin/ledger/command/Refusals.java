package org.fupin.ledger.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for the {@link CommandRefused.Refusal} an aggregate test fixture reports as exception details. */
public final class Refusals {

    private Refusals() {
    }

    /** Matches a refusal of the given kind and stable code, whatever its sentence says. */
    public static Matcher<CommandRefused.Refusal> refusal(CommandRefused.Refusal.Kind kind, String code) {
        return new TypeSafeMatcher<CommandRefused.Refusal>(CommandRefused.Refusal.class) {
            @Override
            protected boolean matchesSafely(CommandRefused.Refusal refusal) {
                return refusal.kind() == kind && code.equals(refusal.code());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a " + kind + " refusal with code " + code);
            }
        };
    }
}
