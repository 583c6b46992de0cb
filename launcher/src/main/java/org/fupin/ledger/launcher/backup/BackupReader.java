package org.fupin.ledger.launcher.backup;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a {@link BackupFile}, refusing anything that is not one, is of a format version this build does not
 * know, or is damaged: a wrong first line, a broken gzip stream, a row count or checksum that does not match.
 */
final class BackupReader implements Closeable {

    /** Loads one table's rows from the stream it is given and answers how many rows it loaded. */
    interface RowLoad {
        long loadFrom(InputStream rows) throws Exception;
    }

    private final Path file;
    private final InputStream raw;
    private final GZIPInputStream gzip;
    private final DigestInputStream digest;
    private final DataInputStream data;
    private final BackupManifest manifest;

    private BackupReader(Path file, InputStream raw) throws IOException, BackupRefused {
        this.file = file;
        this.raw = raw;
        this.gzip = new GZIPInputStream(raw, 1 << 16);
        this.digest = new DigestInputStream(gzip, BackupFile.checksum());
        this.data = new DataInputStream(digest);
        byte[] json = new byte[data.readInt()];
        data.readFully(json);
        this.manifest = BackupFile.JSON.readValue(json, BackupManifest.class);
        if (!BackupFile.FORMAT.equals(manifest.format()) || manifest.version() != BackupFile.VERSION) {
            throw new BackupRefused(file + " describes itself as " + manifest.format() + " version "
                    + manifest.version() + "; this build reads " + BackupFile.FORMAT + " version " + BackupFile.VERSION);
        }
    }

    /** Opens {@code file} after checking its first line says it is a backup of a format version this build reads. */
    static BackupReader open(Path file) throws BackupRefused {
        InputStream raw;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new BackupRefused("No backup file " + file);
        } catch (IOException e) {
            throw new BackupRefused("Cannot read " + file + ": " + e.getMessage(), e);
        }
        try {
            checkFirstLine(file, raw);
            return new BackupReader(file, raw);
        } catch (IOException | RuntimeException e) {
            closeQuietly(raw);
            throw damaged(file, e);
        } catch (BackupRefused e) {
            closeQuietly(raw);
            throw e;
        }
    }

    /** Reads the whole file once, checking every frame, row count and the checksum; answers its manifest. */
    static BackupManifest verify(Path file) throws BackupRefused {
        try (BackupReader reader = open(file)) {
            for (BackupManifest.TableContents table : reader.manifest().tables()) {
                reader.table(table, BackupReader::countRows);
            }
            reader.finish();
            return reader.manifest();
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    private static void checkFirstLine(Path file, InputStream raw) throws IOException, BackupRefused {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = raw.read(); b != '\n'; b = raw.read()) {
            if (b < 0 || line.size() > 64) {
                throw new BackupRefused(file + " is not a Fupin Ledger backup (its first line is not "
                        + BackupFile.MAGIC + " <version>)");
            }
            line.write(b);
        }
        String[] words = line.toString(StandardCharsets.US_ASCII).split(" ");
        if (words.length != 2 || !words[0].equals(BackupFile.MAGIC)) {
            throw new BackupRefused(file + " is not a Fupin Ledger backup (its first line is not "
                    + BackupFile.MAGIC + " <version>)");
        }
        if (!words[1].equals(String.valueOf(BackupFile.VERSION))) {
            throw new BackupRefused(file + " is a Fupin Ledger backup of format version " + words[1]
                    + "; this build reads version " + BackupFile.VERSION + " only");
        }
    }

    BackupManifest manifest() {
        return manifest;
    }

    /** Hands the next table's rows to {@code load}, and refuses when it loaded another count than was copied. */
    long table(BackupManifest.TableContents table, RowLoad load) throws BackupRefused {
        try {
            long loaded;
            try (InputStream rows = new Frames(data)) {
                loaded = load.loadFrom(rows);
                rows.transferTo(OutputStream.nullOutputStream());
            }
            long copied = data.readLong();
            if (loaded != copied) {
                throw new BackupRefused(file + " is damaged: " + table.schema() + "." + table.name() + " holds "
                        + loaded + " rows where the backup copied " + copied);
            }
            return copied;
        } catch (BackupRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(file, e);
        } catch (Exception e) {
            throw new BackupRefused("Could not load " + table.schema() + "." + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** Checks the checksum and that nothing follows it. */
    void finish() throws BackupRefused {
        try {
            byte[] computed = digest.getMessageDigest().digest();
            byte[] stored = gzip.readNBytes(BackupFile.CHECKSUM_LENGTH);
            if (!MessageDigest.isEqual(computed, stored) || gzip.read() != -1) {
                throw new BackupRefused(file + " is damaged: its checksum does not match its contents");
            }
        } catch (IOException e) {
            throw damaged(file, e);
        }
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }

    private static long countRows(InputStream rows) throws IOException {
        long count = 0;
        byte[] buffer = new byte[1 << 16];
        for (int n = rows.read(buffer); n >= 0; n = rows.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    count++;
                }
            }
        }
        return count;
    }

    private static BackupRefused damaged(Path file, Exception cause) {
        String why = cause instanceof EOFException ? "it ends too early (truncated?)"
                : cause instanceof ZipException ? "its compressed data is broken"
                : cause.getMessage();
        return new BackupRefused(file + " is damaged or not a Fupin Ledger backup: " + why, cause);
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // already failing for a better reason
        }
    }

    /** The rows of one table: the frames' bytes, ending at the empty frame. */
    private static final class Frames extends InputStream {

        private final DataInputStream data;
        private int left;
        private boolean ended;

        Frames(DataInputStream data) {
            this.data = data;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (left == 0 && !ended) {
                left = data.readInt();
                if (left < 0) {
                    throw new IOException("negative frame length");
                }
                ended = left == 0;
            }
            if (ended) {
                return -1;
            }
            int n = data.read(buffer, offset, Math.min(length, left));
            if (n < 0) {
                throw new EOFException();
            }
            left -= n;
            return n;
        }
    }
}
