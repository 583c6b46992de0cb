package org.fupin.ledger.benchmark;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fupin.ledger.access.ConsoleToken;
import org.fupin.ledger.command.CommandSideApplication;
import org.fupin.ledger.launcher.EmbeddedDatabase;
import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;
import org.fupin.ledger.launcher.LocalUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * {@code ./ledger bench}: starts the embedded PostgreSQL and both apps the way {@code ./ledger up} does (in a
 * temporary folder, on free ports), measures every figure of the performance issue in one run, stops
 * everything it started, and prints a table and then, as its last line, one JSON object of the figures.
 */
public final class Benchmark {

    /** The figures of the JSON line, in its order. */
    static final List<String> FIGURES = List.of("raw_ops_per_s", "http_cmd_per_s", "http_ratio",
            "http_jwt_cmd_per_s", "gateway_cmd_per_s", "gateway_ratio", "http_p50_ms", "http_p95_ms", "http_p99_ms",
            "p99_at_half_load_ms", "cpu_command_pct", "cpu_postgres_pct", "visibility_p50_ms", "visibility_p95_ms",
            "catchup_events_per_s", "read_events_per_s", "rebuild_events", "rebuild_seconds", "asof_p50_ms",
            "asof_p95_ms", "command_heap_peak_mb", "query_heap_peak_mb", "command_rss_peak_mb", "query_rss_peak_mb");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Sizes sizes;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private LedgerSystem system;
    private ConfigurableApplicationContext inProcess;
    private Path folder;
    private Profiles profiles;

    Benchmark(Sizes sizes) {
        this.sizes = sizes;
    }

    public static void main(String[] args) throws Exception {
        if (java.util.Arrays.asList(args).contains("--help")) {
            System.out.print(Sizes.usage());
            return;
        }
        Sizes sizes;
        try {
            sizes = Sizes.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Map<String, Object> figures = new Benchmark(sizes).run();
        System.exit(figures.size() == FIGURES.size() ? 0 : 1);
    }

    Map<String, Object> run() throws Exception {
        folder = Files.createTempDirectory("ledger-bench");
        profiles = sizes.profile() ? new Profiles(folder) : null;
        LedgerSettings settings = new LedgerSettings(
                Path.of(System.getenv().getOrDefault("LEDGER_HOME", ".")).toAbsolutePath().normalize(), folder,
                freePort(), freePort(), freePort(), null, List.of("-Xmx512m", "-XX:+ExitOnOutOfMemoryError"));
        log("starting the embedded PostgreSQL and both apps in " + folder);
        system = new LedgerSystem(settings).start();
        try (Memory command = new Memory(() -> system.commandSide().baseUrl(),
                () -> system.commandSide().process().pid(), LocalUsers.basic("admin"));
             Memory query = new Memory(() -> system.querySide().baseUrl(),
                     () -> system.querySide().process().pid(), LocalUsers.basic("admin"))) {
            rawBaseline();
            fixture();
            httpCommands();
            httpJwtCommands();
            visibility();
            startInProcessCommandSide();
            gatewayCommands();
            catchUp();
            rebuildAndAsOf();
            figures.put("command_heap_peak_mb", round(command.heapPeakMb()));
            figures.put("query_heap_peak_mb", round(query.heapPeakMb()));
            figures.put("command_rss_peak_mb", round(command.rssPeakMb()));
            figures.put("query_rss_peak_mb", round(query.rssPeakMb()));
        } finally {
            if (inProcess != null) {
                inProcess.close();
            }
            system.close();
            deleteQuietly(folder);
        }
        print();
        return figures;
    }

    private void rawBaseline() throws Exception {
        log("(1) raw baseline: " + sizes.rawOps() + " durable single-row inserts from " + sizes.clients() + " clients");
        double raw = RawInserts.opsPerSecond(system.jdbcUrl(), sizes.rawOps(), sizes.clients());
        figures.put("raw_ops_per_s", round(raw));
    }

    /**
     * Villages with their secretary, funds, and a project in progress per village with money committed. Each
     * village's large setup allocation is approved by a second finance officer (maker-checker); the mix itself
     * stays below the approval threshold, and its 1.00 payments far below the 30 % advance of each project's
     * budget, so the mix runs under the default controls.
     */
    private void fixture() throws Exception {
        log("setting up " + CommandMix.VILLAGES + " villages, " + CommandMix.FUNDS + " funds and their projects");
        for (int v = 0; v < CommandMix.VILLAGES; v++) {
            created(post("admin", "/api/villages", """
                    {"id":"%s","name":"基准村%d","town":"Z镇","county":"Z县","povertyHouseholds":100}"""
                    .formatted(CommandMix.village(v), v)));
            created(post("admin", "/api/villages/" + CommandMix.village(v) + "/secretaries",
                    "{\"username\":\"secretary\",\"name\":\"李明\",\"dispatchingUnit\":\"省财政厅\",\"since\":\"2026-01-01\"}"));
        }
        for (int f = 0; f < CommandMix.FUNDS; f++) {
            created(post("finance", "/api/funds", """
                    {"id":"%s","name":"基准资金","level":"CENTRAL","fiscalYear":2026,"amount":"900000000000.00","documentNo":"基准〔2026〕1号"}"""
                    .formatted(CommandMix.fund(f))));
        }
        for (int v = 0; v < CommandMix.VILLAGES; v++) {
            String project = CommandMix.project(v);
            String allocations = "/api/funds/" + CommandMix.fund(v % CommandMix.FUNDS) + "/allocations";
            answered(202, post("finance", allocations, """
                    {"id":"SETUP-%d","villageId":"%s","amount":"1000000000.00","purpose":"基准"}"""
                    .formatted(v, CommandMix.village(v))));
            answered(200, post("finance2", allocations + "/SETUP-" + v + "/approval", "{\"note\":\"基准\"}"));
            created(post("secretary", "/api/projects", """
                    {"id":"%s","villageId":"%s","type":"OTHER","name":"基准项目","budget":"900000000.00",
                     "plannedStart":"2026-01-01","plannedEnd":"2027-12-31"}""".formatted(project, CommandMix.village(v))));
            post("finance", "/api/projects/" + project + "/approve", "{}");
            post("secretary", "/api/projects/" + project + "/start", "{\"date\":\"2026-03-01\"}");
            HttpResponse<String> commitment;
            int tries = 0;
            do {
                commitment = post("finance", "/api/projects/" + project + "/commitments",
                        "{\"id\":\"SETUP\",\"amount\":\"500000000.00\"}");
                if (commitment.statusCode() != 201) {
                    Thread.sleep(100);
                }
            } while (commitment.statusCode() != 201 && ++tries < 100);
            created(commitment);
        }
    }

    private void httpCommands() throws Exception {
        log("(2) " + sizes.commands() + " HTTP commands from " + sizes.clients() + " clients, as fast as they go");
        Latencies full = new Latencies();
        long commandPid = system.commandSide().process().pid();
        long queryPid = system.querySide().process().pid();
        if (profiles != null) {
            profiles.start(commandPid);
            profiles.start(queryPid);
        }
        long commandTicks = CpuTime.ticksOf(commandPid);
        long postgresTicks = CpuTime.ticksOfPostgres(databaseFolder());
        long start = System.nanoTime();
        double throughput = run("http", sizes.commands(), full, 0,
                i -> send(CommandMix.command("http", i), command -> LocalUsers.basic(command.user())));
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("cpu_command_pct", round(CpuTime.percent(commandTicks, CpuTime.ticksOf(commandPid), seconds)));
        figures.put("cpu_postgres_pct", round(CpuTime.percent(postgresTicks,
                CpuTime.ticksOfPostgres(databaseFolder()), seconds)));
        if (profiles != null) {
            profiles.stop("command-side", commandPid);
            profiles.stop("query-side", queryPid);
        }
        figures.put("http_cmd_per_s", round(throughput));
        figures.put("http_p50_ms", round(full.percentile(50)));
        figures.put("http_p95_ms", round(full.percentile(95)));
        figures.put("http_p99_ms", round(full.percentile(99)));
        log("(2) again at half that rate, " + round(throughput / 2) + " commands/s");
        Latencies half = new Latencies();
        run("half", sizes.commands() / 2, half, throughput / 2,
                i -> send(CommandMix.command("half", i), command -> LocalUsers.basic(command.user())));
        figures.put("p99_at_half_load_ms", round(half.percentile(99)));
    }

    /**
     * The same mix signed in with bearer tokens (HS256 JWTs as the console signs them, checked by the same
     * resource-server code as the production profile's), so the cost of HTTP Basic shows against a JWT's.
     */
    private void httpJwtCommands() throws Exception {
        log("(2) " + sizes.commands() + " HTTP commands with JWT bearer tokens from " + sizes.clients() + " clients");
        ConsoleToken signer = ConsoleToken.from(new StandardEnvironment());
        Map<String, String> tokens = new ConcurrentHashMap<>();
        Function<CommandMix.Command, String> bearer = command -> tokens.computeIfAbsent(command.user(),
                user -> "Bearer " + signer.sign(user, List.of(command.role())));
        double throughput = run("jwt", sizes.commands(), new Latencies(), 0,
                i -> send(CommandMix.command("jwt", i), bearer));
        figures.put("http_jwt_cmd_per_s", round(throughput));
    }

    private Path databaseFolder() {
        return folder.resolve("postgres");
    }

    private void gatewayCommands() throws Exception {
        log("(3) " + sizes.commands() + " commands through the CommandGateway in-process");
        CommandGateway gateway = inProcess.getBean(CommandGateway.class);
        double throughput = run("gateway", sizes.commands(), new Latencies(), 0, i -> CommandMix.command("gateway", i)
                .sendThrough(gateway));
        figures.put("gateway_cmd_per_s", round(throughput));
    }

    /**
     * Sends {@code count} commands from the clients; at {@code rate} commands/s in total when above 0,
     * else as fast as they go. Answers the commands per second achieved.
     */
    private double run(String phase, int count, Latencies latencies, double rate, IntConsumer send) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(sizes.clients());
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < sizes.clients(); c++) {
            running.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    if (rate > 0) {
                        long due = start + (long) (i / rate * 1e9);
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                    }
                    long sent = System.nanoTime();
                    try {
                        send.accept(i);
                        latencies.add(System.nanoTime() - sent);
                    } catch (RuntimeException e) {
                        if (failures.incrementAndGet() <= 3) {
                            log("command " + phase + "-" + i + " failed: " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " of " + count + " " + phase + " commands failed");
        }
        return count / seconds;
    }

    private void send(CommandMix.Command command, Function<CommandMix.Command, String> authorization) {
        try {
            HttpResponse<String> response = postAs(authorization.apply(command), command.path(), command.json());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(command.path() + " answered " + response.statusCode() + " "
                        + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Figure 4: from an allocation's 201 to the fund's allocated amount showing it on the query side. */
    private void visibility() throws Exception {
        log("(4) visibility lag of " + sizes.visibility() + " allocations");
        String fund = CommandMix.fund(0);
        Latencies lag = new Latencies();
        for (int i = 0; i < sizes.visibility(); i++) {
            long before = fen(get("finance", "/api/funds/" + fund).path("allocated").asString());
            created(post("finance", "/api/funds/" + fund + "/allocations", """
                    {"id":"VIS-%d","villageId":"%s","amount":"1.00","purpose":"可见性"}"""
                    .formatted(i, CommandMix.village(i % CommandMix.VILLAGES))));
            long acknowledged = System.nanoTime();
            while (fen(get("finance", "/api/funds/" + fund).path("allocated").asString()) < before + 100) {
                Thread.sleep(0, 200_000);
                if (System.nanoTime() - acknowledged > 30_000_000_000L) {
                    throw new IllegalStateException("An allocation stayed invisible for 30 s");
                }
            }
            lag.add(System.nanoTime() - acknowledged);
        }
        figures.put("visibility_p50_ms", round(lag.percentile(50)));
        figures.put("visibility_p95_ms", round(lag.percentile(95)));
    }

    /**
     * Replaces the command-side process with one in this JVM: the gateway figure needs the gateway, and two
     * command sides on one store without Axon Server would contend for the same aggregates.
     */
    private void startInProcessCommandSide() throws InterruptedException {
        log("moving the command side in-process for the gateway figure and to append events in bulk");
        system.commandSide().stop(Duration.ofSeconds(30));
        System.setProperty("axoniq.update-checker.disabled", "true");
        inProcess = new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--server.port=0", "--spring.datasource.url=" + system.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedDatabase.USER, "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN", "--spring.jmx.enabled=false");
    }

    /** Figure 5: the query side, stopped, misses a backlog of events, and works through it once started. */
    private void catchUp() throws Exception {
        log("(5) catch-up: the query side stops, " + sizes.backlog() + " events arrive, it starts again");
        system.querySide().stop(Duration.ofSeconds(30));
        new BulkEvents(inProcess.getBean(EventStore.class), "BACKLOG").append(sizes.backlog(), 50);
        system.startQuerySide();
        long start = System.nanoTime();
        long firstPosition = slowestPosition();
        Status done = awaitCaughtUp(false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long processed = done.position() - firstPosition;
        figures.put("catchup_events_per_s", round(processed / Math.max(seconds, 1e-3)));
        log("    " + processed + " of the backlog processed after the query side answered healthy, in "
                + round(seconds) + " s");
    }

    /** Figures 6 and 7: a store of {@code storeEvents} events, rebuilt from scratch, then village as-of replay. */
    private void rebuildAndAsOf() throws Exception {
        EventStore store = inProcess.getBean(EventStore.class);
        BulkEvents bulk = new BulkEvents(store, "STORE");
        bulk.village("BENCH-ASOF", sizes.asOfEvents());
        long missing = sizes.storeEvents() - headPosition() - 1;
        log("filling the store to " + sizes.storeEvents() + " events (" + Math.max(0, missing) + " more)");
        while (missing > 0) {
            long chunk = Math.min(missing, 100_000);
            bulk.append(chunk, 200);
            missing -= chunk;
            log("    " + (headPosition() + 1) + " events stored");
        }
        awaitCaughtUp(false);
        long events = headPosition() + 1;
        readEvents();
        log("(6) rebuild of every projection over " + events + " events");
        long start = System.nanoTime();
        HttpResponse<String> rebuild = HTTP.send(HttpRequest.newBuilder(URI.create(system.querySide().baseUrl()
                        + "/api/admin/projections/rebuild")).header("Authorization", LocalUsers.basic("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (rebuild.statusCode() != 202) {
            throw new IllegalStateException("Rebuild answered " + rebuild.statusCode() + " " + rebuild.body());
        }
        awaitCaughtUp(true);
        figures.put("rebuild_events", events);
        figures.put("rebuild_seconds", round((System.nanoTime() - start) / 1e9));

        log("(7) as-of replay of a village with " + sizes.asOfEvents() + " events, " + sizes.asOfSamples() + " times");
        Latencies asOf = new Latencies();
        for (int i = 0; i < sizes.asOfSamples(); i++) {
            long sent = System.nanoTime();
            JsonNode village = get("inspector", "/api/villages/BENCH-ASOF?asOf=" + Instant.now());
            asOf.add(System.nanoTime() - sent);
            if (!village.path("id").asString().equals("BENCH-ASOF")) {
                throw new IllegalStateException("As-of answered " + village);
            }
        }
        figures.put("asof_p50_ms", round(asOf.percentile(50)));
        figures.put("asof_p95_ms", round(asOf.percentile(95)));
    }

    /**
     * The ceiling of a rebuild: every stored event read through the storage engine, as a processor reads
     * them, with its payload and metadata deserialized, and nothing handled.
     */
    private void readEvents() {
        log("reading and deserializing the whole stream, no handlers");
        EventStorageEngine engine = inProcess.getBean(EventStorageEngine.class);
        long start = System.nanoTime();
        long read;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            read = stream.filter(event -> event.getPayload() != null && event.getMetaData() != null).count();
        }
        figures.put("read_events_per_s", round(read / Math.max((System.nanoTime() - start) / 1e9, 1e-3)));
    }

    private record Status(boolean replaying, boolean error, long position, Long lag) {
    }

    private Status status() throws Exception {
        JsonNode processors = get("admin", "/api/admin/projections");
        boolean replaying = false;
        boolean error = false;
        long slowest = Long.MAX_VALUE;
        Long lag = 0L;
        for (JsonNode processor : processors) {
            replaying |= processor.path("replaying").asBoolean();
            error |= processor.path("error").asBoolean();
            if (processor.path("lag").isNull() || processor.path("lag").isMissingNode()) {
                lag = null;
            } else if (lag != null) {
                lag = Math.max(lag, processor.path("lag").asLong());
            }
            for (JsonNode position : processor.path("segmentPositions")) {
                slowest = Math.min(slowest, position.asLong());
            }
        }
        return new Status(replaying, error, slowest == Long.MAX_VALUE ? -1 : slowest, lag);
    }

    private long slowestPosition() throws Exception {
        return Math.max(0, status().position());
    }

    private long headPosition() throws Exception {
        return get("admin", "/api/admin/projections").get(0).path("headPosition").asLong();
    }

    /** Waits until every processor holds its segments, has no lag, and (after a reset) has finished replaying. */
    private Status awaitCaughtUp(boolean afterReset) throws Exception {
        boolean sawReplay = !afterReset;
        long start = System.nanoTime();
        long failingSince = 0;
        while (true) {
            Status status = status();
            failingSince = status.error() ? (failingSince == 0 ? System.nanoTime() : failingSince) : 0;
            if (failingSince != 0 && System.nanoTime() - failingSince > 30_000_000_000L) {
                throw new IllegalStateException("The projections have been failing for 30 s; see the query side's log");
            }
            sawReplay |= status.replaying();
            boolean settledReset = sawReplay || System.nanoTime() - start > 3_000_000_000L;
            if (settledReset && !status.replaying() && status.lag() != null && status.lag() == 0) {
                return status;
            }
            if (System.nanoTime() - start > Duration.ofMinutes(30).toNanos()) {
                throw new IllegalStateException("The query side did not catch up in 30 minutes: " + status);
            }
            Thread.sleep(20);
        }
    }

    private void print() throws Exception {
        System.out.println();
        System.out.println("figure                     value");
        System.out.println("-------------------------  ------------");
        for (Map.Entry<String, Object> figure : figures.entrySet()) {
            System.out.printf(Locale.ROOT, "%-25s  %12s%n", figure.getKey(), figure.getValue());
        }
        double raw = ((Number) figures.get("raw_ops_per_s")).doubleValue();
        ObjectNode json = JSON.createObjectNode();
        for (String key : FIGURES) {
            if (key.equals("http_ratio") || key.equals("gateway_ratio")) {
                double cmds = ((Number) figures.get(key.replace("ratio", "cmd_per_s"))).doubleValue();
                figures.put(key, Math.round(cmds / raw * 1000) / 1000.0);
            }
            json.putPOJO(key, figures.get(key));
        }
        System.out.printf(Locale.ROOT, "%-25s  %12s%n%-25s  %12s%n", "http_ratio", figures.get("http_ratio"),
                "gateway_ratio", figures.get("gateway_ratio"));
        if (profiles != null) {
            profiles.report().forEach(System.out::println);
        }
        System.out.println(JSON.writeValueAsString(json));
    }

    private HttpResponse<String> post(String user, String path, String json) throws IOException, InterruptedException {
        return postAs(LocalUsers.basic(user), path, json);
    }

    private HttpResponse<String> postAs(String authorization, String path, String json)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(system.commandSide().baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String user, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(system.querySide().baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", LocalUsers.basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void created(HttpResponse<String> response) {
        answered(201, response);
    }

    private static void answered(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + " " + response.body());
        }
    }

    private static long fen(String amount) {
        return Math.round(Double.parseDouble(amount) * 100);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void log(String message) {
        System.err.println("[bench] " + message);
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log("could not delete " + folder + ": " + e.getMessage());
        }
    }
}
