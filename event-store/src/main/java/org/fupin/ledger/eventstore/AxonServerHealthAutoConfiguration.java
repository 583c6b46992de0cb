package org.fupin.ledger.eventstore;

import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code axonServer} health component when {@code axon.axonserver.enabled=true}: UP while the app is
 * connected to Axon Server's context, DOWN (with the servers it tries) while it is not. Axon's own indicator
 * is written against Spring Boot 3's actuator and does not activate on Spring Boot 4.
 *
 * <p>The connector connects in the background and keeps retrying, so an app whose Axon Server is not there
 * yet starts, answers health as DOWN, and connects when the server comes.
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration")
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
public class AxonServerHealthAutoConfiguration {

    @Bean
    HealthIndicator axonServerHealthIndicator(AxonServerConnectionManager connections,
                                              AxonServerConfiguration configuration) {
        return () -> {
            String context = connections.getDefaultContext();
            Health.Builder health = connections.isConnected(context) ? Health.up() : Health.down();
            return health.withDetail("context", context)
                    .withDetail("servers", configuration.getServers())
                    .build();
        };
    }
}
