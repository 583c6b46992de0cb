package org.fupin.ledger.command.warning;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fupin.ledger.command.CommandRefused;
import org.fupin.ledger.command.CommandRefused.Refusal.Kind;
import org.fupin.ledger.shared.warning.WarningAcknowledged;
import org.fupin.ledger.shared.warning.WarningId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.fupin.ledger.command.Refusals.refusal;

class WarningAcknowledgementTest {

    private static final WarningId WARNING = WarningId.of("IDLE_FUNDS-3fa9c01b2d4e5f60");

    private AggregateTestFixture<WarningAcknowledgement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WarningAcknowledgement.class);
    }

    @Test
    void acknowledgingAWarningRecordsTheNote() {
        fixture.givenNoPriorActivity()
                .when(new AcknowledgeWarning(WARNING, "已约谈村支书，资金下月拨付"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new WarningAcknowledged(WARNING, "已约谈村支书，资金下月拨付"));
    }

    @Test
    void cannotAcknowledgeAnAcknowledgedWarningAgain() {
        fixture.given(new WarningAcknowledged(WARNING, "已核实"))
                .when(new AcknowledgeWarning(WARNING, "再次确认"))
                .expectNoEvents()
                .expectException(CommandRefused.class)
                .expectExceptionDetails(refusal(Kind.CONFLICT, "ALREADY_ACKNOWLEDGED"));
    }

    @Test
    void aWarningIdIsARuleNameADashAndSixteenHexDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> WarningId.of("IDLE_FUNDS-xyz"));
        assertThatIllegalArgumentException().isThrownBy(() -> WarningId.of("idle-3fa9c01b2d4e5f60"));
        assertThatIllegalArgumentException().isThrownBy(() -> WarningId.of("../3fa9c01b2d4e5f60"));
    }
}
