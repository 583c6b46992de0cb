package org.fupin.ledger.system;

import org.fupin.ledger.launcher.LocalUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad requests of every kind against every endpoint of both running apps. Each must answer 4xx
 * problem+json, never 500, and the store must hold exactly as many events afterwards as before.
 *
 * <p>Write endpoints are attacked field by field from a template holding their required fields: each field
 * removed, null, of the wrong JSON type, too long, with control characters, and with the edge cases of its
 * kind (amounts, ids, dates, periods, enums, whole numbers); then whole bodies that are not JSON objects,
 * too large, or of the wrong media type; then ids in the path that try to escape it. Each template is its own
 * positive control: it names real villages, funds and projects in the state its endpoint needs, and once all
 * its spoilt variants have been refused (appending nothing) the template itself must be accepted, so no
 * variant was refused merely because its target was unknown or in the wrong state.
 */
class HostileInputIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static LedgerClient ledger;
    private static String commands;
    private static String queries;
    private static String run;
    private static String village;
    private static String fund;

    private static final List<String> BAD_AMOUNTS = List.of("1e3", "0.001", "-0.00", "-5.00", "00012.5", " 12.00",
            "12.00 ", "0", "0.00", "1000000000000.01", "99999999999999999999", "١٢", "12,00", "NaN", "Infinity",
            "+1", "0x10", "1.", ".5", "");
    private static final List<String> BAD_IDS = List.of("../etc/passwd", "..", ".", "a/b", "a\\\\b", "%2e%2e", "a b",
            "ä", "x".repeat(65), "", "<script>", "'; DROP TABLE x; --", "a\u0000b");
    private static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "26-01-01", "2026-1-1",
            "2026-01-01T00:00:00Z", "", "yesterday", "+999999999-12-31", "2026/01/01");
    private static final List<String> BAD_PERIODS = List.of("2026-13", "2026-9", "202609", "2026-Q3", "", "2026-00");

    @BeforeAll
    static void start() throws Exception {
        ledger = RunningLedger.client();
        commands = RunningLedger.system().commandSide().baseUrl();
        queries = RunningLedger.system().querySide().baseUrl();
        run = "h" + System.nanoTime();
        village = run + "-V";
        fund = run + "-F";
        ledger.registerVillage(village, "试验村");
        ledger.assignSecretary(village, run + "-out");
        ledger.registerFund(fund, "100.00");
        ledger.allocate(fund, "A1", village, "50.00");
        LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                {"id":"I0","amount":"10.00","category":"OTHER","period":"2026-05","receiptNo":"收-0"}"""));
        project("TO-START", "approve");
        project("TO-COMPLETE", "approve", "start");
        project("TO-ACCEPT", "approve", "start", "complete");
        project("TO-SUSPEND", "approve", "start");
        project("TO-CANCEL", "approve");
        project("AT-WORK", "approve");
        LedgerClient.expectCreated(ledger.postWhenCredited("/api/projects/" + run + "-AT-WORK/commitments",
                "{\"id\":\"C0\",\"amount\":\"5.00\"}"));
        step(run + "-AT-WORK", "start");
        LedgerClient.expectCreated(ledger.post("/api/projects/" + run + "-AT-WORK/disbursements",
                "{\"id\":\"D1\",\"amount\":\"1.00\",\"payee\":\"施工队\",\"voucherNo\":\"记-1\"}"));
    }

    /** A project {@code run-<suffix>} of the test village with a budget of 10.00, taken through {@code steps}. */
    private static void project(String suffix, String... steps) {
        String id = run + "-" + suffix;
        LedgerClient.expectCreated(ledger.post("/api/projects", """
                {"id":"%s","villageId":"%s","type":"OTHER","name":"项目","budget":"10.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(id, village)));
        for (String step : steps) {
            step(id, step);
        }
    }

    private static void step(String project, String step) {
        String body = step.equals("approve") ? "{}" : "{\"date\":\"2026-03-01\"}";
        LedgerClient.Response response = ledger.post("/api/projects/" + project + "/" + step, body);
        assertThat(response.status()).as(step + " " + project + ": " + response.body()).isEqualTo(200);
    }

    /**
     * A write endpoint, the user allowed to call it, a body that it accepts as it stands (the positive
     * control: it names real entities in the state the endpoint needs), and the kind of each of its fields.
     */
    private record Endpoint(String path, String user, ObjectNode valid, Map<String, String> fields) {
        ObjectNode body() {
            return valid.deepCopy();
        }
    }

    private static Endpoint endpoint(String path, String user, String validBody, String... fieldsAndKinds) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndKinds.length; i += 2) {
            fields.put(fieldsAndKinds[i], fieldsAndKinds[i + 1]);
        }
        ObjectNode valid = (ObjectNode) LedgerClient.JSON.readTree(validBody);
        if (!new HashSet<>(valid.propertyNames()).equals(fields.keySet())) {
            throw new IllegalStateException(path + ": the body's fields " + valid.propertyNames()
                    + " are not the fields of known kinds " + fields.keySet());
        }
        return new Endpoint(path, user, valid, fields);
    }

    /**
     * Each endpoint's body is accepted once every hostile variant has been refused: the projects it names are
     * each in the state their step needs, and ids that must be new are new.
     */
    private static List<Endpoint> endpoints() {
        String p = "/api/projects/" + run;
        String v = "/api/villages/" + village;
        return List.of(
                endpoint("/api/villages", "admin", """
                        {"id":"%s-NV","name":"文字","town":"文字","county":"文字","povertyHouseholds":10}""".formatted(run),
                        "id", "id", "name", "text", "town", "text", "county", "text", "povertyHouseholds", "count"),
                endpoint(v + "/secretaries", "admin", """
                        {"username":"%s-in","name":"文字","dispatchingUnit":"文字","since":"2026-05-01"}""".formatted(run),
                        "username", "id", "name", "text", "dispatchingUnit", "text", "since", "date"),
                endpoint(v + "/secretaries/" + run + "-out/recall", "admin", """
                        {"date":"2026-05-01","reason":"文字"}""", "date", "date", "reason", "text"),
                endpoint("/api/funds", "finance", """
                        {"id":"%s-NF","name":"文字","level":"CENTRAL","fiscalYear":2026,"amount":"1.00","documentNo":"文字"}"""
                        .formatted(run), "id", "id", "name", "text", "level", "enum:CENTRAL", "fiscalYear", "year",
                        "amount", "amount", "documentNo", "text"),
                endpoint("/api/funds/" + fund + "/allocations", "finance", """
                        {"id":"H1","villageId":"%s","amount":"1.00","purpose":"文字"}""".formatted(village),
                        "id", "id", "villageId", "id", "amount", "amount", "purpose", "text"),
                endpoint(v + "/returns", "finance", """
                        {"id":"H1","fundId":"%s","amount":"1.00","reason":"文字"}""".formatted(fund),
                        "id", "id", "fundId", "id", "amount", "amount", "reason", "text"),
                endpoint("/api/projects", "secretary", """
                        {"id":"%s-NP","villageId":"%s","type":"OTHER","name":"文字","budget":"1.00",
                         "plannedStart":"2026-05-01","plannedEnd":"2026-05-01"}""".formatted(run, village),
                        "id", "id", "villageId", "id", "type", "enum:OTHER", "name", "text", "budget", "amount",
                        "plannedStart", "date", "plannedEnd", "date"),
                endpoint(p + "-TO-START/start", "secretary", "{\"date\":\"2026-05-01\"}", "date", "date"),
                endpoint(p + "-TO-COMPLETE/complete", "secretary", "{\"date\":\"2026-05-01\"}", "date", "date"),
                endpoint(p + "-TO-ACCEPT/accept", "inspector", "{\"date\":\"2026-05-01\"}", "date", "date"),
                endpoint(p + "-TO-SUSPEND/suspend", "secretary", "{\"reason\":\"文字\"}", "reason", "text"),
                endpoint(p + "-TO-CANCEL/cancel", "finance", "{\"reason\":\"文字\"}", "reason", "text"),
                endpoint(p + "-AT-WORK/commitments", "finance", "{\"id\":\"H1\",\"amount\":\"1.00\"}",
                        "id", "id", "amount", "amount"),
                endpoint(p + "-AT-WORK/disbursements", "finance", """
                        {"id":"H1","amount":"1.00","payee":"文字","voucherNo":"文字"}""",
                        "id", "id", "amount", "amount", "payee", "text", "voucherNo", "text"),
                endpoint(p + "-AT-WORK/disbursements/D1/reversal", "finance", "{\"reason\":\"文字\"}",
                        "reason", "text"),
                endpoint(p + "-AT-WORK/milestones", "secretary", """
                        {"id":"H1","title":"文字","date":"2026-05-01","progressPercent":50}""",
                        "id", "id", "title", "text", "date", "date", "progressPercent", "percent"),
                endpoint(v + "/collective-income", "secretary", """
                        {"id":"H1","amount":"1.00","category":"OTHER","period":"2026-05","receiptNo":"文字"}""",
                        "id", "id", "amount", "amount", "category", "enum:OTHER", "period", "period",
                        "receiptNo", "text"),
                endpoint(v + "/collective-spending", "secretary", """
                        {"id":"H2","amount":"1.00","purpose":"OTHER"}""",
                        "id", "id", "amount", "amount", "purpose", "enum:OTHER"),
                endpoint("/api/warnings/IDLE_FUNDS-%016x/acknowledgement".formatted(System.nanoTime()), "inspector",
                        "{\"note\":\"文字\"}", "note", "text"));
    }

    /** Every way to spoil one field of a kind. */
    private static List<Object> spoiled(String kind) {
        List<Object> values = new ArrayList<>();
        values.add(NODES.nullNode());
        values.add(NODES.arrayNode());
        values.add(NODES.objectNode());
        values.add(NODES.booleanNode(true));
        values.add("\u0007bell");
        values.add("x".repeat(5000));
        switch (kind) {
            case "amount" -> {
                values.addAll(BAD_AMOUNTS);
                values.add(NODES.numberNode(12.5));
                values.add(NODES.numberNode(new java.math.BigDecimal("1e309")));
                values.add(NODES.numberNode(1000));
            }
            case "id" -> values.addAll(BAD_IDS);
            case "date" -> values.addAll(BAD_DATES);
            case "period" -> values.addAll(BAD_PERIODS);
            case "count", "year", "percent" -> {
                values.add("12");
                values.add(NODES.numberNode(-1));
                values.add(NODES.numberNode(1.5));
                values.add(NODES.numberNode(new java.math.BigDecimal("1e309")));
                values.add(NODES.numberNode(Long.MAX_VALUE));
                if (kind.equals("percent")) {
                    values.add(NODES.numberNode(101));
                }
            }
            case "spec" -> values.add("{}");
            default -> {
                if (kind.startsWith("enum:")) {
                    values.addAll(List.of("NOT_A_VALUE", "", kind.substring(5).toLowerCase(), " " + kind.substring(5)));
                } else {
                    values.add(NODES.numberNode(12));
                    values.add("   ");
                    values.add("a\u001bb");
                }
            }
        }
        return values;
    }

    @TestFactory
    Stream<DynamicTest> everyBadRequestIsRefusedAndAppendsNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        long[] before = new long[1];
        tests.add(DynamicTest.dynamicTest("count events before", () -> before[0] = EventCount.settled()));
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, String> field : endpoint.fields().entrySet()) {
                ObjectNode missing = endpoint.body();
                missing.remove(field.getKey());
                tests.add(refused(endpoint, field.getKey() + " missing", missing.toString()));
                for (Object value : spoiled(field.getValue())) {
                    ObjectNode body = endpoint.body();
                    if (value instanceof JsonNode node) {
                        body.set(field.getKey(), node);
                    } else {
                        body.put(field.getKey(), (String) value);
                    }
                    tests.add(refused(endpoint, field.getKey() + " = " + abbreviated(body.get(field.getKey())),
                            body.toString()));
                }
            }
            ObjectNode unknown = endpoint.body();
            unknown.put("unexpected", 1);
            tests.add(refused(endpoint, "an unknown field", unknown.toString()));
            for (String body : List.of("", "{", "[]", "null", "\"text\"", "123", "{\"a\":", "{}x", "\uFEFF{}",
                    "[".repeat(3000) + "]".repeat(3000), "{\"id\":\"a\",\"id\":\"b\"}")) {
                tests.add(refused(endpoint, "body " + abbreviated(NODES.stringNode(body)), body));
            }
            tests.add(DynamicTest.dynamicTest(endpoint.path() + ": a body over 64 KB is 413", () -> {
                ObjectNode body = endpoint.body();
                body.put("padding", "x".repeat(70_000));
                HttpResponse<String> response = send(commands, "POST", endpoint.path(), endpoint.user(),
                        "application/json", body.toString());
                assertThat(response.statusCode()).isEqualTo(413);
                assertProblem(response);
            }));
            tests.add(DynamicTest.dynamicTest(endpoint.path() + ": XML is 415", () -> {
                HttpResponse<String> response = send(commands, "POST", endpoint.path(), endpoint.user(),
                        "application/xml", "<a/>");
                assertThat(response.statusCode()).isEqualTo(415);
                assertProblem(response);
            }));
            tests.add(DynamicTest.dynamicTest(endpoint.path() + ": invalid UTF-8", () -> {
                HttpResponse<String> response = sendBytes(commands, endpoint.path(), endpoint.user(),
                        new byte[]{'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
                assertClientError(response);
            }));
        }
        for (String path : pathTricks()) {
            tests.add(DynamicTest.dynamicTest("POST " + path, () ->
                    assertClientError(send(commands, "POST", path, "admin", "application/json", "{}"))));
        }
        for (String path : queryTricks()) {
            tests.add(DynamicTest.dynamicTest("GET " + path, () ->
                    assertClientError(send(queries, "GET", path, "admin", null, null))));
        }
        for (String base : List.of(commands, queries)) {
            for (String raw : List.of("/api/villages/%zz", "/api/funds/\u77f3", "/api/reports/projects?town=%", "/api/../../etc/passwd")) {
                tests.add(DynamicTest.dynamicTest("raw GET " + raw + " on " + base, () -> {
                    String answer = RawHttp.get(base, raw, LocalUsers.basic("admin"));
                    assertThat(answer).as(answer).matches("(?s)HTTP/1\\.1 4\\d\\d .*")
                            .containsIgnoringCase("content-type: application/problem+json");
                }));
            }
        }
        tests.add(DynamicTest.dynamicTest("nothing was appended", () ->
                assertThat(EventCount.settled()).isEqualTo(before[0])));
        for (Endpoint endpoint : endpoints()) {
            tests.add(DynamicTest.dynamicTest(endpoint.path() + ": the unspoilt body is accepted", () -> {
                HttpResponse<String> response = send(commands, "POST", endpoint.path(), endpoint.user(),
                        "application/json", endpoint.body().toString());
                assertThat(response.statusCode()).as(response.uri() + " answered " + response.body())
                        .isBetween(200, 299);
            }));
        }
        return tests.stream();
    }

    private static List<String> pathTricks() {
        List<String> paths = new ArrayList<>();
        for (String trick : List.of("..%2F..%2Fetc", "%2e%2e", "%2E%2E%2F", "a%00b", "%E7%9F%B3", "..;", "a%5Cb",
                "a%20b", "x".repeat(300), "%252e%252e", "%ff%fe")) {
            paths.add("/api/funds/" + trick + "/allocations");
            paths.add("/api/projects/" + trick + "/approve");
            paths.add("/api/villages/" + trick + "/returns");
        }
        paths.add("/api/funds/" + fund + "/allocations/../../villages");
        paths.add("/api/villages/" + village + "/secretaries/..%2Fadmin/recall");
        return paths;
    }

    private static List<String> queryTricks() {
        String v = "/api/villages/" + village;
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        return List.of(v + "?asOf=garbage", v + "?asOf=2026-02-30", v + "?asOf=" + "9".repeat(50),
                v + "?asOf=%00", v + "?asOf=2026-01-01T25:00:00Z", v + "/history?page=abc", v + "/history?size=0",
                v + "/history?size=100000", v + "/history?page=-1", v + "/history?page=99999999999",
                v + "/history?from=yesterday", v + "/compare?from=2026-01-01", v + "/compare?from=x&to=y",
                v + "/compare?from=2026-12-31&to=2026-01-01", v + "/disclosure", v + "/disclosure?period=2026-13",
                v + "/disclosure?period=" + month + "&format=docx", v + "/disclosure?period=%27%3B--",
                "/api/projects?status=BOGUS", "/api/projects?type=1", "/api/projects?asOf=2026-01-01",
                "/api/projects?villageId=" + village + "&asOf=never", "/api/integrity?pin=1:abc",
                "/api/integrity?pin=99999999999999999999:" + "0".repeat(64), "/api/funds/..%2F..%2Fetc",
                "/api/villages/%2e%2e", "/api/projects/a%00b", "/api/reports/projects?town=%ff",
                v + "?asOf=%2B999999999-12-31T23:59:59Z", v + "?asOf=0000-01-01", v + "?asOf=-0001-01-01T00:00:00Z",
                "/api/funds/" + "x".repeat(5000), "/api/warnings?rule=BOGUS", "/api/warnings?rule=%00",
                "/api/warnings?acknowledged=yes", "/api/warnings?acknowledged=" + "1".repeat(5000));
    }

    private static DynamicTest refused(Endpoint endpoint, String what, String body) {
        return DynamicTest.dynamicTest(endpoint.path() + ": " + what, () ->
                assertClientError(send(commands, "POST", endpoint.path(), endpoint.user(), "application/json", body)));
    }

    private static void assertClientError(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + " answered " + response.body())
                .isBetween(400, 499);
        assertProblem(response);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as(response.uri() + " " + response.body()).startsWith("application/problem+json");
    }

    private static String abbreviated(JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
    }

    private static HttpResponse<String> send(String base, String method, String path, String user, String type,
                                             String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", LocalUsers.basic(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sendBytes(String base, String path, String user, byte[] body)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", LocalUsers.basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void textRoundTripsExactlyAndComesBackEscapedInPages() {
        String id = "u" + System.nanoTime();
        String name = "𠮷野村 ñ Ω 👨‍👩‍👧 '; DROP TABLE village_view; -- <img src=x onerror=alert(1)> \"引号\" &amp;";
        ObjectNode body = NODES.objectNode();
        body.put("id", id);
        body.put("name", name);
        body.put("town", "Z镇");
        body.put("county", "Z县");
        body.put("povertyHouseholds", 7);
        LedgerClient.expectCreated(ledger.post("/api/villages", body.toString()));
        JsonNode stored = ledger.await("/api/villages/" + id, v -> true);
        assertThat(stored.path("name").asString()).isEqualTo(name);
        assertThat(ledger.get("/api/villages/" + id + "/history").body().path("entries").get(0)
                .path("data").path("name").asString()).isEqualTo(name);
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        String page = ledger.getText("/api/villages/" + id + "/disclosure?period=" + month, "text/html").body();
        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;", "&#39;; DROP TABLE", "&amp;amp;", "𠮷野村")
                .doesNotContain("<img src=x");
    }
}
