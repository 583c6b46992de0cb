package org.fupin.ledger.access;

/** The roles of the ledger's users; Spring Security sees each as the authority {@code ROLE_<name>}. */
public enum Role {
    /**
     * Registers funds and allocates them; approves, funds, pays and cancels projects; approves or rejects another
     * finance officer's large allocations and payments, and verifies milestones.
     */
    FINANCE_OFFICER,
    /**
     * A village's First Secretary: runs the projects and the collective account of their own villages. The one
     * role tied to villages: it reaches only those its holder is assigned to (see {@link Caller}).
     */
    SECRETARY,
    /** Reads everything, verifies reported milestones and accepts completed projects. */
    INSPECTOR,
    /** Registers villages, assigns First Secretaries, rebuilds projections. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
