package org.fupin.ledger.access;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A small app secured the way both ledger apps are, with one endpoint per kind of rule. */
@SpringBootConfiguration
@EnableAutoConfiguration
class TestApp {

    @Bean
    SecurityFilterChain rules(HttpSecurity http, LedgerHttpSecurity security) throws Exception {
        return security.build(http, requests -> requests
                .requestMatchers("/api/finance-only").hasRole(Role.FINANCE_OFFICER.name()));
    }

    @RestController
    static class Endpoints {

        @GetMapping("/api/whoami")
        Caller whoami() {
            return Caller.current();
        }

        @GetMapping("/api/finance-only")
        String financeOnly() {
            return "ok";
        }
    }

    record Answer(int status, String contentType, String challenge, String body) {
    }

    static Answer get(int port, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("WWW-Authenticate").orElse(""), response.body());
    }
}
