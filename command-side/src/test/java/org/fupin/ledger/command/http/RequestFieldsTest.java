package org.fupin.ledger.command.http;

import org.fupin.ledger.command.http.InvalidRequest.FieldProblem;
import org.fupin.ledger.shared.Money;
import org.fupin.ledger.shared.fund.FundLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.fupin.ledger.command.http.RequestFields.NAME_LIMIT;
import static org.fupin.ledger.command.http.RequestFields.TEXT_LIMIT;

class RequestFieldsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static RequestFields fields(String json) {
        return RequestFields.of(MAPPER.readTree(json));
    }

    private static InvalidRequest invalid(RequestFields fields) {
        InvalidRequest thrown = catchThrowableOfType(InvalidRequest.class, fields::validate);
        assertThat(thrown).as("validate() should throw InvalidRequest").isNotNull();
        return thrown;
    }

    private static String json(String field, String value) {
        return "{\"" + field + "\":" + value + "}";
    }

    @Test
    void collectsEveryProblemAtOnceWithOneEntryPerField() {
        RequestFields fields = fields("{\"amount\": 12.5, \"level\": \"NATIONAL\", \"name\": \"石门村\", \"color\": \"red\"}");

        String id = fields.id("id");
        Money amount = fields.amount("amount");
        FundLevel level = fields.enumValue("level", FundLevel.class);
        String name = fields.text("name", NAME_LIMIT);
        InvalidRequest invalid = invalid(fields);

        assertThat(id).isNull();
        assertThat(amount).isNull();
        assertThat(level).isNull();
        assertThat(name).isEqualTo("石门村");
        assertThat(invalid.problems()).containsExactly(
                new FieldProblem("id", "is required"),
                new FieldProblem("amount", "must be a string"),
                new FieldProblem("level", "must be one of CENTRAL, PROVINCIAL, MUNICIPAL, COUNTY, DISPATCHING_UNIT, "
                        + "SOCIAL_DONATION"),
                new FieldProblem("color", "is not a field of this request"));
    }

    @Test
    void validBodyPassesValidationAndYieldsTypedValues() {
        RequestFields fields = fields("{\"id\": \"F-2026.01\", \"amount\": \"1250000.00\", \"level\": \"COUNTY\", "
                + "\"fiscalYear\": 2026, \"documentNo\": null}");

        assertThat(fields.id("id")).isEqualTo("F-2026.01");
        assertThat(fields.amount("amount")).isEqualTo(Money.of("1250000.00"));
        assertThat(fields.enumValue("level", FundLevel.class)).isEqualTo(FundLevel.COUNTY);
        assertThat(fields.integer("fiscalYear", 1949, 2200)).isEqualTo(2026);
        assertThat(fields.optionalText("documentNo", NAME_LIMIT)).isEmpty();
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @Test
    void rejectsUnknownFieldEvenWhenEverythingElseIsFine() {
        RequestFields fields = fields("{\"id\": \"F1\", \"Id\": \"F1\"}");

        fields.id("id");

        assertThat(invalid(fields).problems()).containsExactly(new FieldProblem("Id", "is not a field of this request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\\u0000b", "a\\u0007b", "a\\tb", "a\\nb", "a\\rb", "a\\u001bb", "a\\u007fb",
            "a\\u0085b", "a\\u009fb"})
    void rejectsControlCharactersInText(String escaped) {
        RequestFields fields = fields(json("name", "\"" + escaped + "\""));

        assertThat(fields.text("name", NAME_LIMIT)).isNull();
        assertThat(invalid(fields).problems())
                .containsExactly(new FieldProblem("name", "must not contain control characters"));
    }

    @Test
    void rejectsControlCharactersInOptionalText() {
        RequestFields fields = fields(json("note", "\"line one\\nline two\""));

        assertThat(fields.optionalText("note", TEXT_LIMIT)).isNull();
        assertThat(invalid(fields).problems())
                .containsExactly(new FieldProblem("note", "must not contain control characters"));
    }

    @Test
    void rejectsNameOfMoreThanTwoHundredCharacters() {
        RequestFields fields = fields(json("name", "\"" + "a".repeat(201) + "\""));

        assertThat(fields.text("name", NAME_LIMIT)).isNull();
        assertThat(NAME_LIMIT).isEqualTo(200);
        assertThat(invalid(fields).problems())
                .containsExactly(new FieldProblem("name", "must be at most 200 characters"));
    }

    @Test
    void acceptsNameOfExactlyTwoHundredCharacters() {
        String name = "a".repeat(200);
        RequestFields fields = fields(json("name", "\"" + name + "\""));

        assertThat(fields.text("name", NAME_LIMIT)).isEqualTo(name);
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String name = "\uD842\uDFB7".repeat(200); // 200 × U+20BB7 (𠮷), 400 chars in UTF-16
        RequestFields fields = fields(json("name", "\"" + name + "\""));

        assertThat(fields.text("name", NAME_LIMIT)).isEqualTo(name);
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @Test
    void acceptsChineseTextVerbatim() {
        String text = "石门村 村道硬化（二期）——财农〔2026〕12号，“脱贫攻坚”衔接资金";
        RequestFields fields = fields(json("purpose", "\"" + text + "\""));

        assertThat(fields.text("purpose", TEXT_LIMIT)).isEqualTo(text);
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @Test
    void rejectsBlankText() {
        RequestFields fields = fields(json("name", "\"   \""));

        assertThat(fields.text("name", NAME_LIMIT)).isNull();
        assertThat(invalid(fields).problems()).containsExactly(new FieldProblem("name", "must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1000001", "2147483647", "-2147483648"})
    void rejectsIntegerOutOfRange(String value) {
        RequestFields fields = fields(json("povertyHouseholds", value));

        assertThat(fields.integer("povertyHouseholds", 0, 1_000_000)).isNull();
        assertThat(invalid(fields).problems())
                .containsExactly(new FieldProblem("povertyHouseholds", "must be from 0 to 1000000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1000000"})
    void acceptsIntegerAtTheBoundsOfItsRange(String value) {
        RequestFields fields = fields(json("povertyHouseholds", value));

        assertThat(fields.integer("povertyHouseholds", 0, 1_000_000)).isEqualTo(Integer.valueOf(value));
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "12.0", "\"12\"", "true", "3000000000", "99999999999999999999999"})
    void rejectsAnythingButAWholeJsonNumberThatFitsAnInt(String value) {
        RequestFields fields = fields(json("povertyHouseholds", value));

        assertThat(fields.integer("povertyHouseholds", 0, 1_000_000)).isNull();
        assertThat(invalid(fields).problems()).extracting(FieldProblem::field).containsExactly("povertyHouseholds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"id\": \"F1\"}]", "\"F1\"", "12", "true", "null"})
    void rejectsBodyThatIsNotAJsonObject(String body) {
        JsonNode node = MAPPER.readTree(body);

        InvalidRequest invalid = catchThrowableOfType(InvalidRequest.class, () -> RequestFields.of(node));

        assertThat(invalid).isNotNull();
        assertThat(invalid.problems()).containsExactly(new FieldProblem("body", "must be a JSON object"));
    }

    @Test
    void rejectsMissingBody() {
        InvalidRequest invalid = catchThrowableOfType(InvalidRequest.class, () -> RequestFields.of(null));

        assertThat(invalid).isNotNull();
        assertThat(invalid.problems()).containsExactly(new FieldProblem("body", "must be a JSON object"));
    }

    @Test
    void treatsNullValuesOfRequiredFieldsAsMissing() {
        RequestFields fields = fields("{\"id\": null, \"name\": null, \"amount\": null, \"level\": null, "
                + "\"povertyHouseholds\": null}");

        assertThat(fields.id("id")).isNull();
        assertThat(fields.text("name", NAME_LIMIT)).isNull();
        assertThat(fields.amount("amount")).isNull();
        assertThat(fields.enumValue("level", FundLevel.class)).isNull();
        assertThat(fields.integer("povertyHouseholds", 0, 1_000_000)).isNull();
        assertThat(invalid(fields).problems()).containsExactly(
                new FieldProblem("id", "is required"),
                new FieldProblem("name", "is required"),
                new FieldProblem("amount", "is required"),
                new FieldProblem("level", "is required"),
                new FieldProblem("povertyHouseholds", "is required"));
    }

    @Test
    void treatsNullOptionalValuesAsAbsent() {
        RequestFields fields = fields("{\"documentNo\": null, \"parentId\": null}");

        assertThat(fields.optionalText("documentNo", NAME_LIMIT)).isEmpty();
        assertThat(fields.optionalId("parentId")).isNull();
        assertThatCode(fields::validate).doesNotThrowAnyException();
    }

    @Test
    void readsAnOptionalDateAndNamesTheFieldWhenItIsMalformed() {
        RequestFields fields = fields("{\"a\": \"2026-09-30\", \"b\": null, \"c\": \"2026-13-01\", \"d\": 20260930}");

        assertThat(fields.optionalDate("a")).isEqualTo(java.time.LocalDate.of(2026, 9, 30));
        assertThat(fields.optionalDate("b")).isNull();
        assertThat(fields.optionalDate("absent")).isNull();
        assertThat(fields.optionalDate("c")).isNull();
        assertThat(fields.optionalDate("d")).isNull();
        assertThat(invalid(fields).problems()).containsExactly(
                new FieldProblem("c", "must be an ISO date like 2026-05-01, in the years 1900 to 2999"),
                new FieldProblem("d", "must be a string"));
    }

    @Test
    void rejectsAmountThatIsNotAValidDecimalString() {
        RequestFields fields = fields("{\"a\": \"0\", \"b\": \"1e3\", \"c\": \"1000000000000.01\", \"d\": \"12.50\"}");

        assertThat(fields.amount("a")).isNull();
        assertThat(fields.amount("b")).isNull();
        assertThat(fields.amount("c")).isNull();
        assertThat(fields.amount("d")).isEqualTo(Money.of("12.50"));
        assertThat(invalid(fields).problems()).containsExactly(
                new FieldProblem("a", "must be greater than 0"),
                new FieldProblem("b", "must be a decimal string with at most 2 decimals, like \"1250000.00\""),
                new FieldProblem("c", "must be at most 1000000000000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"..\"", "\"a/b\"", "\"村\"", "\"\"", "12"})
    void rejectsInvalidIds(String value) {
        RequestFields fields = fields(json("id", value));

        assertThat(fields.id("id")).isNull();
        assertThat(invalid(fields).problems()).extracting(FieldProblem::field).containsExactly("id");
    }
}
