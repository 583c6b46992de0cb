package org.fupin.ledger.query;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query side as it runs, on a real (embedded) PostgreSQL with an empty event store. All test classes so
 * annotated share one application context and one database, so each test works on ids of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = QuerySideApplication.class, properties = "axoniq.update-checker.disabled=true")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface QuerySideTest {
}
