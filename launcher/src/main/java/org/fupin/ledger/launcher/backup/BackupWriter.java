package org.fupin.ledger.launcher.backup;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.util.zip.GZIPOutputStream;

/** Writes a {@link BackupFile}: the manifest, then each table's rows, then the checksum. */
final class BackupWriter implements Closeable {

    private static final int FRAME = 1 << 16;

    /** Copies one table's rows into the stream it is given and answers how many rows it copied. */
    interface RowCopy {
        long copyTo(OutputStream rows) throws Exception;
    }

    private final GZIPOutputStream gzip;
    private final DigestOutputStream digest;
    private final DataOutputStream data;

    BackupWriter(OutputStream file) throws IOException {
        file.write(BackupFile.firstLine());
        gzip = new GZIPOutputStream(file, FRAME);
        digest = new DigestOutputStream(gzip, BackupFile.checksum());
        data = new DataOutputStream(new BufferedOutputStream(digest, FRAME));
    }

    void manifest(BackupManifest manifest) throws IOException {
        byte[] json = BackupFile.JSON.writeValueAsBytes(manifest);
        data.writeInt(json.length);
        data.write(json);
    }

    long table(RowCopy copy) throws Exception {
        long rows;
        try (OutputStream frames = new BufferedOutputStream(new Frames(data), FRAME)) {
            rows = copy.copyTo(frames);
        }
        data.writeLong(rows);
        return rows;
    }

    /** Writes the checksum and finishes the gzip stream; the caller still closes the file itself. */
    void finish() throws IOException {
        data.flush();
        gzip.write(digest.getMessageDigest().digest());
        gzip.finish();
    }

    @Override
    public void close() throws IOException {
        gzip.close();
    }

    /** Every write becomes one length-prefixed frame; closing writes the empty frame that ends the table. */
    private static final class Frames extends OutputStream {

        private final DataOutputStream data;

        Frames(DataOutputStream data) {
            this.data = data;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length > 0) {
                data.writeInt(length);
                data.write(bytes, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            data.writeInt(0);
        }
    }
}
