package org.fupin.ledger.benchmark;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at its smoke size, as part of {@code ./mvnw verify}: it must complete and print every
 * figure as its last line, and with {@code --profile} each app's top frames. No figure is judged here; speed is judged by the full run in the README.
 */
class BenchmarkSmokeIT {

    private static final List<String> KEYS = List.of("raw_ops_per_s", "http_cmd_per_s", "http_ratio",
            "http_jwt_cmd_per_s", "gateway_cmd_per_s", "gateway_ratio", "http_p50_ms", "http_p95_ms", "http_p99_ms",
            "p99_at_half_load_ms", "cpu_command_pct", "cpu_postgres_pct", "visibility_p50_ms", "visibility_p95_ms",
            "catchup_events_per_s", "read_events_per_s", "rebuild_events", "rebuild_seconds", "asof_p50_ms",
            "asof_p95_ms", "command_heap_peak_mb", "query_heap_peak_mb", "command_rss_peak_mb", "query_rss_peak_mb");

    @Test
    void completesAndPrintsEveryFigureAsItsLastLine() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new Benchmark(Sizes.parse(new String[]{"bench", "--smoke", "--profile"})).run();
        } finally {
            System.setOut(console);
        }
        String[] lines = printed.toString(StandardCharsets.UTF_8).strip().split("\n");
        console.println(String.join("\n", lines));
        JsonNode figures = JsonMapper.builder().build().readTree(lines[lines.length - 1]);
        assertThat(figures.propertyNames()).containsExactlyElementsOf(KEYS);
        for (String key : KEYS) {
            assertThat(figures.path(key).isNumber()).as(key).isTrue();
            assertThat(figures.path(key).asDouble()).as(key).isGreaterThanOrEqualTo(0);
        }
        assertThat(figures.path("raw_ops_per_s").asDouble()).isPositive();
        assertThat(figures.path("rebuild_events").asLong()).isGreaterThanOrEqualTo(3000);
        assertThat(String.join("\n", lines)).contains("figure", "raw_ops_per_s",
                "top 15 frames, command-side", "top 15 frames, query-side");
        assertThat(figures.path("read_events_per_s").asDouble()).isPositive();
        assertThat(figures.path("http_jwt_cmd_per_s").asDouble()).isPositive();
        assertThat(figures.path("cpu_command_pct").asDouble()).isPositive();
        assertThat(figures.path("cpu_postgres_pct").asDouble()).isPositive();
    }
}
