package org.fupin.ledger.command.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The ledger's calendar is China's: "today", the default effective date of a money entry and the months that
 * may be closed are judged in Asia/Shanghai. Tests replace this clock to move "today".
 */
@Configuration
class ClockConfiguration {

    static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(LEDGER_ZONE);
    }
}
