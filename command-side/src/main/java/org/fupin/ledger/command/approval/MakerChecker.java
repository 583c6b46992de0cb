package org.fupin.ledger.command.approval;

import org.fupin.ledger.command.CommandRefused;

import java.util.Objects;

/** The maker-checker rules a fund and a project share for their pending items. */
public final class MakerChecker {

    private MakerChecker() {
    }

    /** Only someone other than the requester may approve or reject: a second pair of eyes (403 {@code SAME_USER}). */
    public static void requireSecondOfficer(String what, String id, String requestedBy, String decidedBy) {
        if (Objects.equals(requestedBy, decidedBy)) {
            throw CommandRefused.forbidden("SAME_USER", decidedBy + " requested " + what + " " + id
                    + "; another finance officer must approve or reject it");
        }
    }

    /** Approving or rejecting an item that waits for nobody (decided already, or never pending) is 409. */
    public static CommandRefused notPending(String what, String id) {
        return CommandRefused.conflict("NOT_PENDING_APPROVAL", "The " + what + " '" + id
                + "' is not waiting for approval (already decided, or never needed it)");
    }
}
