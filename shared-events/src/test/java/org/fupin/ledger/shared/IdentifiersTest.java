package org.fupin.ledger.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentifiersTest {

    static Stream<String> validIds() {
        return Stream.of("F1", "a", "Z", "0", "village-01", "fund_2026.central", "2026-CENTRAL-001",
                "...", "a..b", ".hidden", "-", "_", "a.b-c_D9", "x".repeat(64), "A1b2".repeat(16));
    }

    static Stream<String> invalidIds() {
        return Stream.of("x".repeat(65), "", "..", ".", "a/b", "a b", "%2e%2e", "村", "a\\b", "a\nb", "F1\n",
                " F1", "F1 ", "a:b", "a?b", "a#b", "ÄB", "\uFF21");
    }

    @ParameterizedTest
    @MethodSource("validIds")
    void acceptsLettersDigitsDotsUnderscoresAndHyphensUpTo64(String id) {
        assertThat(Identifiers.isValid(id)).isTrue();
        assertThat(Identifiers.requireValid(id)).isSameAs(id);
    }

    @ParameterizedTest
    @MethodSource("invalidIds")
    void rejectsEverythingElse(String id) {
        assertThat(Identifiers.isValid(id)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.requireValid(id))
                .withMessageContaining("1 to 64");
    }

    @ParameterizedTest
    @NullSource
    void rejectsNull(String id) {
        assertThat(Identifiers.isValid(id)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.requireValid(id));
    }

    @Test
    void sixtyFourCharactersIsTheLimit() {
        assertThat(Identifiers.isValid("a".repeat(64))).isTrue();
        assertThat(Identifiers.isValid("a".repeat(65))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "a/b", "村", ""})
    void typedIdsRefuseInvalidValues(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> FundId.of(value));
        assertThatIllegalArgumentException().isThrownBy(() -> VillageId.of(value));
        assertThatIllegalArgumentException().isThrownBy(() -> ProjectId.of(value));
    }

    @Test
    void typedIdsNameTheirAggregateTypeInTheEventStoreIdentifier() {
        assertThat(FundId.of("X1")).hasToString("fund:X1");
        assertThat(VillageId.of("X1")).hasToString("village:X1");
        assertThat(FundId.of("X1").value()).isEqualTo("X1");
        assertThat(FundId.of("X1").toString()).isNotEqualTo(VillageId.of("X1").toString());
    }
}
