package org.fupin.ledger.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The command side: takes commands over HTTP, decides with aggregates, and appends events. */
@SpringBootApplication
public class CommandSideApplication {

    public static void main(String[] args) {
        // The ledger runs inside government networks: Axon's update checker must not phone home.
        System.setProperty("axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(CommandSideApplication.class, args);
    }
}
