package org.fupin.ledger.system;

import org.fupin.ledger.launcher.LedgerSystem;
import org.fupin.ledger.launcher.LocalUsers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard compose provisions ({@code docker/grafana/dashboards/fupin-ledger.json}) queries only
 * metrics that the running apps export at {@code /actuator/prometheus}: a renamed metric would otherwise
 * leave a panel silently empty. Every metric in the dashboard is written with a selector ({@code name{...}}),
 * which is how this test finds them.
 */
class DashboardMetricsIT {

    private static final Path DASHBOARD = Path.of(System.getenv().getOrDefault("LEDGER_HOME", ".."))
            .resolve("docker/grafana/dashboards/fupin-ledger.json");
    private static final Pattern SELECTED_METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final Pattern EXPORTED_METRIC = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theRunningAppsExportEveryMetricTheDashboardQueries() throws Exception {
        Set<String> queried = queriedMetrics();
        assertThat(queried).contains("http_server_requests_seconds_count", "ledger_processor_lag_events",
                "ledger_dead_letters", "ledger_integrity_unsealed_events", "hikaricp_connections_active",
                "jvm_memory_used_bytes");

        LedgerClient ledger = RunningLedger.client();
        ledger.registerFund("dash" + System.nanoTime(), "10.00");   // a POST, so the HTTP command series exists
        LedgerSystem system = RunningLedger.system();

        Instant deadline = Instant.now().plusSeconds(30);
        Set<String> missing = new TreeSet<>(queried);
        while (!missing.isEmpty() && Instant.now().isBefore(deadline)) {
            missing.removeAll(exported(system.commandSide().baseUrl()));
            missing.removeAll(exported(system.querySide().baseUrl()));
            if (!missing.isEmpty()) {
                Thread.sleep(1000);   // processor lag gauges appear once the segments are claimed
            }
        }
        assertThat(missing).as("metrics the dashboard queries but neither app exports").isEmpty();
    }

    private static Set<String> queriedMetrics() throws Exception {
        JsonNode dashboard = LedgerClient.JSON.readTree(Files.readString(DASHBOARD));
        Set<String> metrics = new TreeSet<>();
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher metric = SELECTED_METRIC.matcher(target.path("expr").asString());
                while (metric.find()) {
                    metrics.add(metric.group(1));
                }
            }
        }
        return metrics;
    }

    private static Set<String> exported(String app) throws Exception {
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create(app + "/actuator/prometheus"))
                .header("Authorization", LocalUsers.basic("admin")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(scrape.statusCode()).isEqualTo(200);
        Set<String> names = new TreeSet<>();
        Matcher name = EXPORTED_METRIC.matcher(scrape.body());
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
