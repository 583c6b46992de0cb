package org.fupin.ledger.command.period;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The integrity head pinned at a close. The query side owns the hash chain: it seals the close event within
 * a second or so of its storing, and {@code GET /api/periods} names that event's link as the month's head.
 * This asks for it, as the caller (their own credentials), until it is there or {@code ledger.periods.head-wait}
 * has passed; then the answer says {@code integrityHead: null} and {@code GET /api/periods} shows it later.
 */
@Component
class ClosingHeads {

    private final RestClient querySide;
    private final Duration wait;

    ClosingHeads(@Value("${ledger.query-side-url:http://localhost:8081}") String querySideUrl,
                 @Value("${ledger.periods.head-wait:PT20S}") Duration wait) {
        this.querySide = RestClient.builder().baseUrl(querySideUrl).build();
        this.wait = wait;
    }

    Optional<String> headOf(YearMonth period, String authorization) {
        Instant deadline = Instant.now().plus(wait);
        do {
            Optional<String> head = ask(period, authorization);
            if (head.isPresent()) {
                return head;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    private Optional<String> ask(YearMonth period, String authorization) {
        try {
            JsonNode months = querySide.get().uri("/api/periods")
                    .headers(headers -> {
                        if (authorization != null) {
                            headers.set(HttpHeaders.AUTHORIZATION, authorization);
                        }
                    })
                    .retrieve().body(JsonNode.class);
            if (months == null) {
                return Optional.empty();
            }
            for (JsonNode month : months) {
                if (period.toString().equals(month.path("period").asString())
                        && month.path("integrityHead").isString()) {
                    return Optional.of(month.path("integrityHead").asString());
                }
            }
            return Optional.empty();
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }
}
