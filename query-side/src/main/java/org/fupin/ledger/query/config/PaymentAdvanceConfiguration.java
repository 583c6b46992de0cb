package org.fupin.ledger.query.config;

import org.fupin.ledger.shared.project.PaymentAdvance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The payment advance over verified progress ({@code ledger.payment.advance-percent}, environment
 * {@code LEDGER_PAYMENT_ADVANCE_PERCENT}, default 30), the same setting the command side refuses payments by, so
 * a project's {@code payableNow} is what the command side would accept.
 */
@Configuration
class PaymentAdvanceConfiguration {

    @Bean
    PaymentAdvance paymentAdvance(@Value("${ledger.payment.advance-percent:30}") int percent) {
        return new PaymentAdvance(percent);
    }
}
