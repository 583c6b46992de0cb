package org.fupin.ledger.console.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The two ledger APIs as the console uses them: reads from the query side, commands to the command side,
 * always as the signed-in user ({@link CallerToken}). A refusal becomes an {@link ApiProblem} with the
 * API's own words; no answer at all becomes {@link ApiUnavailable}.
 */
@Component
public class LedgerApi {

    private final RestClient commands;
    private final RestClient queries;
    private final CallerToken token;
    private final ObjectMapper json;

    LedgerApi(@Value("${ledger.console.command-side:http://localhost:8080}") String commandSide,
              @Value("${ledger.console.query-side:http://localhost:8081}") String querySide,
              CallerToken token, ObjectMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(2000);
        requests.setReadTimeout(30000);
        this.commands = RestClient.builder().baseUrl(commandSide).requestFactory(requests).build();
        this.queries = RestClient.builder().baseUrl(querySide).requestFactory(requests).build();
        this.token = token;
        this.json = json;
    }

    /** A query side read, e.g. {@code read("/api/funds/{id}", FundView.class, id)}. */
    public <T> T read(String path, Class<T> type, Object... variables) {
        return call("query side", () -> queries.get().uri(path, variables).headers(this::authorize)
                .accept(MediaType.APPLICATION_JSON).retrieve().onStatus(status -> status.isError(), this::refuse)
                .body(type));
    }

    public <T> T read(String path, ParameterizedTypeReference<T> type, Object... variables) {
        return call("query side", () -> queries.get().uri(path, variables).headers(this::authorize)
                .accept(MediaType.APPLICATION_JSON).retrieve().onStatus(status -> status.isError(), this::refuse)
                .body(type));
    }

    /**
     * A command; {@code idempotencyKey} is the one the form was rendered with, so a second submit of the same
     * form records nothing more. Answers the API's JSON answer.
     */
    public JsonNode send(String path, Object body, String idempotencyKey, Object... variables) {
        return call("command side", () -> commands.post().uri(path, variables).headers(this::authorize)
                .header("Idempotency-Key", idempotencyKey).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().onStatus(status -> status.isError(), this::refuse).body(JsonNode.class));
    }

    /** A query side write (the projection rebuild is the query side's own). */
    public JsonNode sendToQuerySide(String path) {
        return call("query side", () -> queries.post().uri(path).headers(this::authorize)
                .retrieve().onStatus(status -> status.isError(), this::refuse).body(JsonNode.class));
    }

    private void authorize(HttpHeaders headers) {
        String header = token.header();
        if (header != null) {
            headers.set(HttpHeaders.AUTHORIZATION, header);
        }
    }

    private <T> T call(String api, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new ApiUnavailable(api, e);
        }
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        JsonNode problem;
        try {
            problem = json.readTree(response.getBody());
        } catch (RuntimeException notJson) {
            problem = json.createObjectNode();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode errors = problem.path("errors");
        if (errors.isArray()) {
            for (JsonNode error : errors) {
                fields.putIfAbsent(error.path("field").asString(""), error.path("message").asString(""));
            }
        }
        String detail = problem.path("detail").asString("");
        Map<String, String> facts = new LinkedHashMap<>();
        if (problem.path("payableNow").isString()) {
            facts.put("payableNow", problem.path("payableNow").asString());
        }
        throw new ApiProblem(status, problem.path("code").asString(""),
                detail.isEmpty() ? response.getStatusText() : detail, fields, facts);
    }
}
