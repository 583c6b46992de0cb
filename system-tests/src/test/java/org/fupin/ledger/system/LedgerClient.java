package org.fupin.ledger.system;

import org.fupin.ledger.launcher.LocalUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Talks to the two apps over HTTP as a user's client would, signed in with HTTP Basic as a local user (or with
 * the credentials it is given, such as JWTs).
 * Unless told which user to be ({@link #as}), it signs in as whoever may send the request: the administrator for villages and
 * for reading, the finance officer for money, the inspector for acceptance and milestone verification, the secretary (whom
 * {@link #registerVillage} assigns to every village it registers) for the rest.
 */
final class LedgerClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern FINANCE = Pattern.compile(
            "/api/funds.*|/api/villages/[^/]+/returns|/api/projects/[^/]+/(approve|cancel|commitments|disbursements.*)");

    private final String commands;
    private final String queries;
    /** The user to sign in as; null to pick by request, "" to send no credentials. */
    private final String user;
    /** The {@code Authorization} header that signs a username in. */
    private final Function<String, String> credentials;

    LedgerClient(String commands, String queries) {
        this(commands, queries, LocalUsers::basic);
    }

    /** A client that signs users in with {@code credentials} (e.g. a bearer token), not as local users. */
    LedgerClient(String commands, String queries, Function<String, String> credentials) {
        this(commands, queries, null, credentials);
    }

    private LedgerClient(String commands, String queries, String user, Function<String, String> credentials) {
        this.commands = commands;
        this.queries = queries;
        this.user = user;
        this.credentials = credentials;
    }

    /**
     * A client whose reads ({@link #get}, {@link #getText}) and {@link #postToQuerySide} go to the command
     * side instead: its admin endpoints.
     */
    LedgerClient readingCommandSide() {
        return new LedgerClient(commands, commands, user, credentials);
    }

    /** The same client signed in as {@code username}, or anonymous for "". */
    LedgerClient as(String username) {
        return new LedgerClient(commands, queries, username, credentials);
    }

    private String userFor(String method, String path) {
        if (user != null) {
            return user;
        }
        if (method.equals("GET") || path.startsWith("/api/admin")) {
            return "admin";
        }
        String route = path.split("\\?")[0];
        if (route.equals("/api/villages") || route.matches("/api/villages/[^/]+/secretaries.*")) {
            return "admin";
        }
        if (FINANCE.matcher(route).matches()) {
            return "finance";
        }
        return route.matches("/api/projects/[^/]+/(accept|milestones/[^/]+/verification)") ? "inspector" : "secretary";
    }

    private HttpRequest.Builder signedIn(HttpRequest.Builder request, String method, String path) {
        String username = userFor(method, path);
        if (!username.isEmpty()) {
            request.header("Authorization", credentials.apply(username));
        }
        return request;
    }

    record Response(int status, String contentType, JsonNode body) {
        String code() {
            return body.path("code").asString();
        }
    }

    Response post(String path, String json) {
        return post(path, json, null);
    }

    Response post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = signedIn(HttpRequest.newBuilder(URI.create(commands + path)), "POST", path)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
    }

    /** A file uploaded as the multipart part {@code file}, as a browser's file form sends it. */
    Response upload(String path, String fileName, byte[] content) {
        String boundary = "ledger-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(signedIn(HttpRequest.newBuilder(URI.create(commands + path)), "POST", path)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(concatenated(head, content, tail))).build());
    }

    private static byte[] concatenated(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A POST to the query side, where administrators rebuild projections. */
    Response postToQuerySide(String path, String json) {
        return send(signedIn(HttpRequest.newBuilder(URI.create(queries + path)), "POST", path)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Response get(String path) {
        return send(signedIn(HttpRequest.newBuilder(URI.create(queries + path)), "GET", path)
                .timeout(Duration.ofSeconds(30)).GET().build());
    }

    record Text(int status, String contentType, String body) {
    }

    /** A query whose answer is a page or a file rather than JSON, asked for with {@code accept}. */
    Text getText(String path, String accept) {
        HttpRequest.Builder request = signedIn(HttpRequest.newBuilder(URI.create(queries + path)), "GET", path)
                .timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
            return new Text(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a query until {@code condition} holds: the query side catches up asynchronously. */
    JsonNode await(String path, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        Response last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path);
            if (last.status() == 200 && condition.test(last.body())) {
                return last.body();
            }
            sleep(100);
        }
        throw new AssertionError("Query " + path + " never met the condition; last answer: "
                + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /** Posts until the answer is not a refusal for money that a relay has yet to deliver. */
    Response postWhenCredited(String path, String json) {
        Response response = post(path, json);
        for (int i = 0; i < 100 && "INSUFFICIENT_VILLAGE_BALANCE".equals(response.code()); i++) {
            sleep(100);
            response = post(path, json);
        }
        return response;
    }

    /** Everything the read models answer, as one list of documents: what a rebuild must give back exactly. */
    List<JsonNode> readModels() {
        List<JsonNode> dump = new ArrayList<>();
        dump.add(get("/api/funds").body());
        JsonNode villages = get("/api/villages").body();
        dump.add(villages);
        JsonNode projects = get("/api/projects").body();
        dump.add(projects);
        for (JsonNode village : villages) {
            dump.add(get("/api/villages/" + village.path("id").asString() + "/collective").body());
            dump.add(get("/api/villages/" + village.path("id").asString() + "/secretaries").body());
        }
        for (JsonNode project : projects) {
            dump.add(get("/api/projects/" + project.path("id").asString() + "/funding").body());
        }
        for (JsonNode fund : get("/api/funds").body()) {
            dump.add(get("/api/funds/" + fund.path("id").asString() + "/trace").body());
        }
        dump.add(get("/api/reports/trial-balance").body());
        dump.add(get("/api/reports/projects").body());
        return dump;
    }

    /** Registers a village and assigns the {@code secretary} user to it as First Secretary. */
    void registerVillage(String id, String name) {
        expectCreated(post("/api/villages", """
                {"id":"%s","name":"%s","town":"Z镇","county":"Z县","povertyHouseholds":120}""".formatted(id, name)));
        assignSecretary(id, "secretary");
    }

    void assignSecretary(String villageId, String username) {
        expectCreated(post("/api/villages/" + villageId + "/secretaries", """
                {"username":"%s","name":"李明","dispatchingUnit":"省财政厅","since":"2026-01-01"}""".formatted(username)));
    }

    void registerFund(String id, String amount) {
        expectCreated(post("/api/funds", """
                {"id":"%s","name":"中央财政专项扶贫资金","level":"CENTRAL","fiscalYear":2026,"amount":"%s","documentNo":"财农〔2026〕8号"}"""
                .formatted(id, amount)));
    }

    void allocate(String fundId, String allocationId, String villageId, String amount) {
        expectCreated(post("/api/funds/" + fundId + "/allocations", """
                {"id":"%s","villageId":"%s","amount":"%s","purpose":"项目资金"}""".formatted(allocationId, villageId, amount)));
    }

    /**
     * Verified progress, so that payments may follow it: the village's secretary reports milestone
     * {@code milestoneId} at {@code percent} and the inspector confirms it. The project must be in progress.
     */
    void confirmProgress(String projectId, String milestoneId, int percent) {
        expectCreated(post("/api/projects/" + projectId + "/milestones", """
                {"id":"%s","title":"进度核实","date":"2026-04-01","progressPercent":%d}""".formatted(milestoneId, percent)));
        Response verified = post("/api/projects/" + projectId + "/milestones/" + milestoneId + "/verification",
                "{\"verdict\":\"CONFIRMED\",\"note\":\"现场核实\"}");
        if (verified.status() != 200) {
            throw new AssertionError("Expected 200 but got " + verified.status() + ": " + verified.body());
        }
    }

    static Response expectCreated(Response response) {
        if (response.status() != 201) {
            throw new AssertionError("Expected 201 but got " + response.status() + ": " + response.body());
        }
        return response;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
