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
            int[] ports = freePorts(4);
            settings = new LedgerSettings(Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath(),
                    Files.createTempDirectory("ledger-system-test"), ports[0], ports[1], ports[2], null,
                    List.of("-Xmx512m"), ports[3]);
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

    /**
     * {@code count} distinct free ports: every socket stays open until all are chosen, so the system cannot
     * get the same port twice (which let one app answer another's health check).
     */
    static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }
}
