package org.fupin.ledger.system;

import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The whole ledger as {@code ./ledger up} runs it (embedded PostgreSQL, both apps and the console from their
 * jars), on free ports and a fresh data folder, shared by the tests of this module and stopped when the JVM exits.
 */
final class RunningLedger {

    private static LedgerSystem system;
    private static LedgerSettings settings;

    private RunningLedger() {
    }

    static synchronized LedgerClient client() throws IOException, InterruptedException {
        if (system == null) {
            settings = new LedgerSettings(Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath(),
                    Files.createTempDirectory("ledger-system-test"), freePort(), freePort(), freePort(), null,
                    List.of("-Xmx512m"), freePort());
            system = new LedgerSystem(settings).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    system.close();
                } catch (Exception e) {
                    System.err.println("Could not stop the ledger: " + e);
                }
            }));
        }
        return new LedgerClient(system.commandSide().baseUrl(), system.querySide().baseUrl());
    }

    /** Stops both apps and the database, then starts them again on the same data. */
    static synchronized void restart() throws IOException, InterruptedException {
        client();
        system.close();
        system = new LedgerSystem(settings).start();
    }

    /** The console's address, e.g. {@code http://localhost:41234}. */
    static synchronized String consoleUrl() throws IOException, InterruptedException {
        client();
        return system.console().baseUrl();
    }

    static synchronized LedgerSystem system() throws IOException, InterruptedException {
        client();
        return system;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
