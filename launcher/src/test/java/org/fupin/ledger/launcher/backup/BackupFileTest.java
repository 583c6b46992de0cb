package org.fupin.ledger.launcher.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupFileTest {

    private static final BackupManifest.TableContents EVENTS = new BackupManifest.TableContents(
            "event_store", "domain_event_entry", List.of("globalindex", "payload"));
    private static final BackupManifest.TableContents FUNDS = new BackupManifest.TableContents(
            "projection", "fund_view", List.of("id", "name"));
    private static final BackupManifest MANIFEST = new BackupManifest(BackupFile.FORMAT, BackupFile.VERSION,
            "2026-11-24T22:00:00.000000Z", "18.1",
            List.of(new BackupManifest.SchemaContents("event_store",
                            List.of(new BackupManifest.AppliedMigration("1", "V1__event_store.sql", 123)), List.of(EVENTS)),
                    new BackupManifest.SchemaContents("projection",
                            List.of(new BackupManifest.AppliedMigration("6", "V6__x.sql", -7)), List.of(FUNDS))),
            List.of(new BackupManifest.SequenceValue("event_store", "domain_event_entry_globalindex_seq", 2)));

    @TempDir
    Path folder;

    @Test
    void givesBackTheManifestAndEveryTablesRowsAsWritten() throws Exception {
        Path file = write(MANIFEST, "1\t\\\\x01\n2\t\\\\x02\n", 2, "F1\t中央财政专项扶贫资金\n", 1);

        assertThat(BackupReader.verify(file)).isEqualTo(MANIFEST);
        List<String> rows = new ArrayList<>();
        try (BackupReader reader = BackupReader.open(file)) {
            for (BackupManifest.TableContents table : reader.manifest().tables()) {
                reader.table(table, data -> {
                    String text = new String(data.readAllBytes(), StandardCharsets.UTF_8);
                    rows.add(text);
                    return text.lines().count();
                });
            }
            reader.finish();
        }
        assertThat(rows).containsExactly("1\t\\\\x01\n2\t\\\\x02\n", "F1\t中央财政专项扶贫资金\n");
        assertThat(Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(0)).isEqualTo("FUPIN-LEDGER-BACKUP 1");
    }

    @Test
    void refusesAFileThatIsNotABackup() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.txt"), "村务公开\n");

        assertThatThrownBy(() -> BackupReader.verify(file)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("is not a Fupin Ledger backup");
    }

    @Test
    void refusesAFormatVersionItDoesNotKnow() throws Exception {
        Path file = Files.writeString(folder.resolve("next.backup"), "FUPIN-LEDGER-BACKUP 2\n...");

        assertThatThrownBy(() -> BackupReader.verify(file)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("format version 2");
    }

    @Test
    void refusesAManifestOfAnotherFormat() throws Exception {
        BackupManifest other = new BackupManifest("someone-elses-dump", 1, MANIFEST.createdAt(),
                MANIFEST.postgresVersion(), MANIFEST.schemas(), MANIFEST.sequences());
        Path file = write(other, "1\tx\n", 1, "F1\ty\n", 1);

        assertThatThrownBy(() -> BackupReader.verify(file)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("someone-elses-dump");
    }

    @Test
    void refusesATableWithFewerRowsThanWereCopied() throws Exception {
        Path file = write(MANIFEST, "1\tx\n", 2, "F1\ty\n", 1);

        assertThatThrownBy(() -> BackupReader.verify(file)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("holds 1 rows where the backup copied 2");
    }

    @Test
    void refusesATruncatedOrAlteredFile() throws Exception {
        Path file = write(MANIFEST, "1\tx\n".repeat(1000), 1000, "F1\ty\n", 1);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = Files.write(folder.resolve("truncated"), java.util.Arrays.copyOf(bytes, bytes.length - 20));
        byte[] altered = bytes.clone();
        altered[altered.length / 2] ^= 0x01;
        Path flipped = Files.write(folder.resolve("flipped"), altered);

        for (Path damaged : List.of(truncated, flipped)) {
            assertThatThrownBy(() -> BackupReader.verify(damaged)).isInstanceOf(BackupRefused.class)
                    .hasMessageContaining("is damaged");
        }
    }

    private Path write(BackupManifest manifest, String events, long eventRows, String funds, long fundRows)
            throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BackupWriter writer = new BackupWriter(bytes)) {
            writer.manifest(manifest);
            writer.table(rows -> copy(rows, events, eventRows));
            writer.table(rows -> copy(rows, funds, fundRows));
            writer.finish();
        }
        return Files.write(folder.resolve("ledger.backup"), bytes.toByteArray());
    }

    private static long copy(OutputStream rows, String text, long count) throws Exception {
        rows.write(text.getBytes(StandardCharsets.UTF_8));
        return count;
    }
}
