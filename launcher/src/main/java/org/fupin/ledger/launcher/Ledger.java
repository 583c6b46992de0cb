package org.fupin.ledger.launcher;

import java.util.List;

/**
 * {@code ./ledger up [--demo]}: starts the database, both apps and the console in the foreground; Ctrl-C or SIGTERM
 * stops the apps first and the database last, leaving no process behind.
 */
public final class Ledger {

    private Ledger() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || !arguments.get(0).equals("up")
                || !List.of("--demo").containsAll(arguments.subList(1, arguments.size()))) {
            System.err.println("usage: ./ledger up [--demo]");
            System.exit(2);
        }
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
        if (arguments.contains("--demo")) {
            new DemoData(system.commandSide().baseUrl()).load();
        }
        System.err.printf("[ledger] ready: commands on %s, queries on %s (Ctrl-C stops)%n",
                system.commandSide().baseUrl(), system.querySide().baseUrl());
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
