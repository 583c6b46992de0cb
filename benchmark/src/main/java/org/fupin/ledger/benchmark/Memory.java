package org.fupin.ledger.benchmark;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Figure 8: the peak heap (Micrometer's {@code jvm.memory.used}, area heap, read as the admin user) and
 * the peak resident set size ({@code VmRSS} in {@code /proc}) of an app process, sampled twice a second.
 */
final class Memory implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "memory-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile double heapPeakMb;
    private volatile double rssPeakMb;

    /** Samples the app found by {@code app} (its base URL and pid may change when it restarts). */
    Memory(Supplier<String> baseUrl, Supplier<Long> pid, String authorization) {
        sampler.scheduleAtFixedRate(() -> {
            try {
                rssPeakMb = Math.max(rssPeakMb, rssMb(pid.get()));
                HttpResponse<String> metric = HTTP.send(HttpRequest.newBuilder(
                                URI.create(baseUrl.get() + "/actuator/metrics/jvm.memory.used?tag=area:heap"))
                        .header("Authorization", authorization).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (metric.statusCode() == 200) {
                    JsonNode value = JSON.readTree(metric.body()).path("measurements").get(0).path("value");
                    heapPeakMb = Math.max(heapPeakMb, value.asDouble() / 1024 / 1024);
                }
            } catch (Exception restartingOrBusy) {
                // a sample missed while the app restarts; the next one counts
            }
        }, 0, 500, TimeUnit.MILLISECONDS);
    }

    private static double rssMb(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return 0;
    }

    double heapPeakMb() {
        return heapPeakMb;
    }

    double rssPeakMb() {
        return rssPeakMb;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
