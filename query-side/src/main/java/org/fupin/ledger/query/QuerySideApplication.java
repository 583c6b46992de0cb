package org.fupin.ledger.query;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The query side: projects events into PostgreSQL read models and answers questions about them. */
@SpringBootApplication
public class QuerySideApplication {

    public static void main(String[] args) {
        // The ledger runs inside government networks: Axon's update checker must not phone home.
        System.setProperty("axoniq.update-checker.disabled", System.getProperty("axoniq.update-checker.disabled", "true"));
        SpringApplication.run(QuerySideApplication.class, args);
    }
}
