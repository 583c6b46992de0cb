package org.fupin.ledger.query.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The ledger's calendar is China's: "today", overdue and stalled are judged in Asia/Shanghai. Also turns on
 * scheduling, which the integrity sealer runs on.
 */
@Configuration
@EnableScheduling
class ClockConfiguration {

    public static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(LEDGER_ZONE);
    }
}
