package org.fupin.ledger.command;

/**
 * A command that only the SECRETARY role permits: a First Secretary's own work in their village (proposing,
 * starting, milestones, completing, suspending and resuming projects, the collective account).
 *
 * <p>The {@code Village} aggregate refuses such a command from anyone who is not one of the village's First
 * Secretaries, whatever other roles they hold: a finance officer or inspector who is also someone's First
 * Secretary may not run another village's projects through that second role. The HTTP access rules give
 * these commands' endpoints to SECRETARY alone; the two lists must name the same commands.
 */
public interface SecretaryCommand {
}
