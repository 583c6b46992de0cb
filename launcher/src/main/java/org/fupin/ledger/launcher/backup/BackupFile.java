package org.fupin.ledger.launcher.backup;

import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The layout of a backup file, so that it describes itself and a reader can refuse what it does not know.
 *
 * <pre>
 * FUPIN-LEDGER-BACKUP 1\n                      one line of ASCII: what this is, and the format version
 * gzip of:
 *   int n, n bytes                             the {@link BackupManifest} as UTF-8 JSON
 *   per table, in the manifest's order:
 *     (int n &gt; 0, n bytes)*, int 0           the rows as PostgreSQL COPY text, in frames
 *     long                                     how many rows were copied
 *   32 bytes                                   SHA-256 of everything above inside the gzip stream
 * </pre>
 *
 * The first line lets {@code head -1} tell what the file is; the checksum catches a truncated or damaged
 * file before a restore starts. COPY text is PostgreSQL's own portable form, so a file can also be loaded
 * into a newer server.
 */
final class BackupFile {

    static final String FORMAT = "fupin-ledger-backup";
    static final String MAGIC = "FUPIN-LEDGER-BACKUP";
    static final int VERSION = 1;
    static final int CHECKSUM_LENGTH = 32;
    static final JsonMapper JSON = JsonMapper.builder().build();

    private BackupFile() {
    }

    static byte[] firstLine() {
        return (MAGIC + " " + VERSION + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static MessageDigest checksum() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
