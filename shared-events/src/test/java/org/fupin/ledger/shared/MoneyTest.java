package org.fupin.ledger.shared;

import org.fupin.ledger.shared.fund.FundsAllocated;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    @Nested
    class ParsingUserInput {

        @ParameterizedTest
        @CsvSource({
                "1250000.00, 125000000",
                "0.01,       1",
                "12.5,       1250",
                "12,         1200",
                "1000000000000.00, 100000000000000"
        })
        void acceptsPositiveDecimalStringsWithAtMostTwoDecimals(String text, long expectedFen) {
            assertThat(Money.parseAmount(text).fen()).isEqualTo(expectedFen);
        }

        @Test
        void acceptsExactlyTheCommandCap() {
            assertThat(Money.parseAmount("1000000000000.00")).isEqualTo(Money.MAX_COMMAND_AMOUNT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "0.0"})
        void rejectsZeroAsNotGreaterThanZero(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.parseAmount(text))
                    .withMessage("must be greater than 0");
        }

        @Test
        void rejectsOneFenAboveTheCommandCap() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.parseAmount("1000000000000.01"))
                    .withMessage("must be at most 1000000000000.00");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-1.00", "-0.00", "1e3", "1E3", "0.001", "00012.5", "012", " 12.00", "12.00 ",
                "abc", "", "1,000.00", "+1.00", "12.", ".5", "12.5.0", "10000000000000", "\uFF11\uFF12",
                "12.00\n", "NaN", "Infinity"})
        void rejectsAnythingButPlainDecimalDigits(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.parseAmount(text))
                    .withMessageContaining("decimal string");
        }

        @ParameterizedTest
        @NullSource
        void rejectsNull(String text) {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.parseAmount(text));
        }
    }

    @Nested
    class CanonicalForm {

        @ParameterizedTest
        @CsvSource({
                "1250, 12.50",
                "0,    0.00",
                "1,    0.01",
                "5,    0.05",
                "100,  1.00",
                "125000000, 1250000.00",
                "100000000000000, 1000000000000.00"
        })
        void toStringAlwaysHasTwoDecimalsAndNoExponent(long fen, String expected) {
            assertThat(Money.ofFen(fen)).hasToString(expected);
        }

        @Test
        void zeroPrintsWithTwoDecimals() {
            assertThat(Money.ZERO).hasToString("0.00");
        }

        @Test
        void readsEventFormsWithFewerDecimals() {
            assertThat(Money.of("12")).isEqualTo(Money.ofFen(1200)).hasToString("12.00");
            assertThat(Money.of("12.5")).isEqualTo(Money.ofFen(1250)).hasToString("12.50");
            assertThat(Money.of("12.50")).isEqualTo(Money.of("12.5"));
        }

        @Test
        void equalAmountsHaveEqualHashCodes() {
            assertThat(Money.of("12.5").hashCode()).isEqualTo(Money.of("12.50").hashCode());
        }

        @Test
        void rejectsMoreThanTwoDecimalsInEventForm() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.345"));
        }

        @Test
        void rejectsNegativeEventForm() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of("-1.00"));
            assertThatIllegalArgumentException().isThrownBy(() -> Money.ofFen(-1));
        }

        @Test
        void convertsToBigDecimalWithScaleTwo() {
            assertThat(Money.ofFen(1250).toBigDecimal()).isEqualTo(new BigDecimal("12.50"));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void addsToTheFen() {
            assertThat(Money.of("12.50").plus(Money.of("0.75"))).isEqualTo(Money.of("13.25"));
            assertThat(Money.of("0.99").plus(Money.of("0.01"))).hasToString("1.00");
        }

        @Test
        void subtractsToTheFen() {
            assertThat(Money.of("13.25").minus(Money.of("0.75"))).isEqualTo(Money.of("12.50"));
        }

        @Test
        void subtractingEverythingLeavesZero() {
            Money result = Money.of("12.50").minus(Money.of("12.50"));

            assertThat(result.isZero()).isTrue();
            assertThat(result).isEqualTo(Money.ZERO).hasToString("0.00");
        }

        @Test
        void refusesToGoBelowZero() {
            assertThatIllegalArgumentException().isThrownBy(() -> Money.of("12.50").minus(Money.of("12.51")))
                    .withMessageContaining("negative");
        }

        @Test
        void refusesToOverflow() {
            assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
                    .isInstanceOf(ArithmeticException.class);
        }

        @Test
        void comparesByAmount() {
            Money small = Money.of("0.99");
            Money large = Money.of("1.00");

            assertThat(large.isGreaterThan(small)).isTrue();
            assertThat(small.isGreaterThan(large)).isFalse();
            assertThat(small.isLessThan(large)).isTrue();
            assertThat(large.isGreaterThan(Money.of("1"))).isFalse();
            assertThat(small.compareTo(large)).isNegative();
            assertThat(large.compareTo(Money.of("1"))).isZero();
            assertThat(small.min(large)).isSameAs(small);
            assertThat(large.min(small)).isSameAs(small);
        }
    }

    @Nested
    class Json {

        private final JsonMapper mapper = JsonMapper.builder().build();

        @Test
        void serialisesAsTwoDecimalString() {
            assertThat(mapper.writeValueAsString(Money.of("1250000.00"))).isEqualTo("\"1250000.00\"");
            assertThat(mapper.writeValueAsString(Money.of("12.5"))).isEqualTo("\"12.50\"");
            assertThat(mapper.writeValueAsString(Money.ZERO)).isEqualTo("\"0.00\"");
        }

        @Test
        void deserialisesFromDecimalString() {
            assertThat(mapper.readValue("\"1250000.00\"", Money.class)).isEqualTo(Money.of("1250000.00"));
            assertThat(mapper.readValue("\"12.5\"", Money.class)).isEqualTo(Money.ofFen(1250));
        }

        @Test
        void roundTripsMoney() {
            Money amount = Money.of("1250000.00");

            assertThat(mapper.readValue(mapper.writeValueAsString(amount), Money.class)).isEqualTo(amount);
        }

        @Test
        void refusesNegativeMoneyInJson() {
            assertThatThrownBy(() -> mapper.readValue("\"-1.00\"", Money.class))
                    .isInstanceOf(JacksonException.class);
        }

        @Test
        void serialisesIdsAsPlainStrings() {
            assertThat(mapper.writeValueAsString(FundId.of("F1"))).isEqualTo("\"F1\"");
            assertThat(mapper.writeValueAsString(VillageId.of("V1"))).isEqualTo("\"V1\"");
        }

        @Test
        void deserialisesIdsFromPlainStrings() {
            assertThat(mapper.readValue("\"F1\"", FundId.class)).isEqualTo(FundId.of("F1"));
            assertThat(mapper.readValue("\"V1\"", VillageId.class)).isEqualTo(VillageId.of("V1"));
        }

        @Test
        void refusesInvalidIdInJson() {
            assertThatThrownBy(() -> mapper.readValue("\"..\"", FundId.class))
                    .isInstanceOf(JacksonException.class);
        }

        @Test
        void serialisesEventWithAmountAsStringAndIdsAsPlainStrings() {
            FundsAllocated event = new FundsAllocated(FundId.of("F1"), "A1", VillageId.of("V1"),
                    Money.of("1250000.00"), "村道硬化", "财农〔2026〕12号", LocalDate.of(2026, 5, 1));

            JsonNode json = mapper.readTree(mapper.writeValueAsString(event));

            assertThat(json.get("fundId").isString()).isTrue();
            assertThat(json.get("fundId").asString()).isEqualTo("F1");
            assertThat(json.get("villageId").isString()).isTrue();
            assertThat(json.get("villageId").asString()).isEqualTo("V1");
            assertThat(json.get("amount").isString()).isTrue();
            assertThat(json.get("amount").asString()).isEqualTo("1250000.00");
            assertThat(json.get("allocationId").asString()).isEqualTo("A1");
            assertThat(json.get("purpose").asString()).isEqualTo("村道硬化");
            assertThat(json.get("documentNo").asString()).isEqualTo("财农〔2026〕12号");
            assertThat(json.get("effectiveDate").asString()).isEqualTo("2026-05-01");
            assertThat(json.propertyNames()).hasSize(7);
        }

        @Test
        void roundTripsEvent() {
            FundsAllocated event = new FundsAllocated(FundId.of("F1"), "A1", VillageId.of("V1"),
                    Money.of("1250000.00"), "村道硬化", "财农〔2026〕12号", LocalDate.of(2026, 5, 1));

            FundsAllocated read = mapper.readValue(mapper.writeValueAsString(event), FundsAllocated.class);

            assertThat(read).isEqualTo(event);
            assertThat(read.amount().fen()).isEqualTo(125000000L);
        }

        @Test
        void readsEventStoredBeforeEffectiveDatesWithoutOne() {
            String json = "{\"fundId\":\"F1\",\"allocationId\":\"A1\",\"villageId\":\"V1\","
                    + "\"amount\":\"12.5\",\"purpose\":\"p\",\"documentNo\":\"\"}";

            assertThat(mapper.readValue(json, FundsAllocated.class)).isEqualTo(new FundsAllocated(
                    FundId.of("F1"), "A1", VillageId.of("V1"), Money.ofFen(1250), "p", "", null));
        }
    }
}
