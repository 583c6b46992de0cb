package org.fupin.ledger.launcher;

import org.fupin.ledger.launcher.backup.BackupRefused;
import org.fupin.ledger.launcher.backup.LedgerBackup;
import org.fupin.ledger.launcher.backup.LedgerRestore;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./ledger} runs.
 * <ul>
 *   <li>{@code up [--demo]}: starts the database, both apps and the console in the foreground; Ctrl-C or SIGTERM stops the
 *   apps first and the database last, leaving no process behind.</li>
 *   <li>{@code backup FILE}: a consistent copy of the running ledger's database ({@link LedgerBackup}).</li>
 *   <li>{@code restore FILE}: that copy as a new database in an empty {@code LEDGER_DATA_DIR}
 *   ({@link LedgerRestore}).</li>
 * </ul>
 * Exit codes: 0 done, 1 refused or failed (with a message), 2 not understood.
 */
public final class Ledger {

    private static final String USAGE = """
            usage: ./ledger up [--demo]
                   ./ledger backup FILE     (the system running, or stopped with its data in LEDGER_DATA_DIR)
                   ./ledger restore FILE    (into an empty LEDGER_DATA_DIR)""";

    private Ledger() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        String command = arguments.isEmpty() ? "" : arguments.get(0);
        List<String> options = arguments.subList(Math.min(1, arguments.size()), arguments.size());
        if (command.equals("up") && List.of("--demo").containsAll(options)) {
            up(options.contains("--demo"));
        } else if ((command.equals("backup") || command.equals("restore")) && options.size() == 1
                && !options.get(0).startsWith("-")) {
            System.exit(backupOrRestore(command, Path.of(options.get(0))));
        } else {
            System.err.println(USAGE);
            System.exit(2);
        }
    }

    private static int backupOrRestore(String command, Path file) {
        try {
            LedgerSettings settings = LedgerSettings.from(System.getenv());
            String done = command.equals("backup")
                    ? new LedgerBackup(settings).writeTo(file)
                    : new LedgerRestore(settings).restoreFrom(file);
            System.err.println("[ledger] " + done);
            return 0;
        } catch (BackupRefused | IllegalArgumentException e) {
            System.err.println("[ledger] " + command + " refused: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("[ledger] " + command + " failed: " + e);
            e.printStackTrace();
            return 1;
        }
    }

    private static String addresses(List<AppProcess> instances) {
        return String.join(" and ", instances.stream().map(AppProcess::baseUrl).toList());
    }

    private static void up(boolean demo) throws Exception {
        LedgerSettings settings = LedgerSettings.from(System.getenv());
        LedgerSystem system = new LedgerSystem(settings);
        Thread stopper = new Thread(() -> {
            try {
                System.err.println("[ledger] stopping");
                system.close();
                System.err.println("[ledger] stopped");
            } catch (Exception e) {
                System.err.println("[ledger] could not stop cleanly: " + e);
            }
        }, "ledger-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        system.start();
        if (demo) {
            new DemoData(system.commandSide().baseUrl()).load();
        }
        System.err.printf("[ledger] ready: commands on %s, queries on %s (Ctrl-C stops)%n",
                addresses(system.commandSides()), addresses(system.querySides()));
        if (system.console() != null) {
            System.err.printf("[ledger] console: open %s and sign in (e.g. finance / finance-pass)%n",
                    system.console().baseUrl());
        }
        int exitCode = system.awaitExit();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
