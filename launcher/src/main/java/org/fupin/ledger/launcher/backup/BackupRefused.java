package org.fupin.ledger.launcher.backup;

/**
 * A backup or restore that was not done, with a message for the person at the terminal: the file is not a
 * backup this build understands, the folder is not empty, nothing listens on the database port.
 */
public final class BackupRefused extends Exception {

    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
