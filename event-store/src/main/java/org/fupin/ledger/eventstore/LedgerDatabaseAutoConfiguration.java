package org.fupin.ledger.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * What both apps keep in PostgreSQL in either mode, with the PostgreSQL event store or with Axon Server:
 * Spring's transactions for Axon's units of work, the connection provider and the tracking tokens (the
 * relays' on the command side, the projections' on the query side), in the schema that
 * {@code ledger.token-table} names. Their tables are made by each app's Flyway migrations.
 *
 * <p>These beans are declared before Axon's own auto-configuration, which otherwise (with Axon Server)
 * would make a token store on a table {@code tokenentry} in the default schema that nothing creates.
 *
 * <p>{@code ledger.token-claim-timeout} (default 10 s, Axon's) is how long a token claimed by an instance
 * that stopped without releasing it (killed, frozen, cut off) stays its own; after that another instance
 * takes the segment over.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        beforeName = {"org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonServerBusAutoConfiguration",
                "org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration",
                "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration"})
public class LedgerDatabaseAutoConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, @Value("${ledger.token-table}") String tokenTable,
                          @Value("${ledger.token-claim-timeout:PT10S}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(JdbcEventStoreAutoConfiguration.tokenSerializer())
                .schema(TokenSchema.builder().setTokenTable(tokenTable).build())
                .claimTimeout(claimTimeout)
                .build();
    }
}
