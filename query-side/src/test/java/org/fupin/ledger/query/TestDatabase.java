package org.fupin.ledger.query;

import org.flywaydb.core.Flyway;
import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Points the query side at the JVM's temporary embedded PostgreSQL, after creating the event store's schema
 * there as the command side's migrations would (the query side only reads it).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            String url = EmbeddedDatabase.temporary().jdbcUrl();
            Flyway.configure().dataSource(url, EmbeddedDatabase.USER, null).schemas("event_store")
                    .defaultSchema("event_store").locations("classpath:db/event-store").load().migrate();
            TestPropertyValues.of("spring.datasource.url=" + url,
                    "spring.datasource.username=" + EmbeddedDatabase.USER).applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
