package org.fupin.ledger.eventstore;

import org.fupin.ledger.eventstore.upcasting.VillageRegisteredUpcaster;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The upcasters both sides need, whichever event store is in use; Axon chains every upcaster bean. */
@AutoConfiguration
public class UpcasterAutoConfiguration {

    @Bean
    VillageRegisteredUpcaster villageRegisteredUpcaster() {
        return new VillageRegisteredUpcaster();
    }
}
