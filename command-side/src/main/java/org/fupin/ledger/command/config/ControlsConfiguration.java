package org.fupin.ledger.command.config;

import org.fupin.ledger.command.approval.ApprovalThreshold;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.project.PaymentAdvance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fund controls' settings, which aggregates receive as handler parameters: the maker-checker threshold
 * ({@code ledger.approval.threshold}) and the payment advance over verified progress
 * ({@code ledger.payment.advance-percent}).
 */
@Configuration
class ControlsConfiguration {

    @Bean
    ApprovalThreshold approvalThreshold(@Value("${ledger.approval.threshold:500000.00}") String threshold) {
        return new ApprovalThreshold(Money.parseAmount(threshold));
    }

    @Bean
    PaymentAdvance paymentAdvance(@Value("${ledger.payment.advance-percent:30}") int percent) {
        return new PaymentAdvance(percent);
    }
}
