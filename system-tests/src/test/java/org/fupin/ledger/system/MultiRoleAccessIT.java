package org.fupin.ledger.system;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.fupin.ledger.launcher.LedgerSettings;
import org.fupin.ledger.launcher.LedgerSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users with several roles, in the production profile: both apps check JWTs signed by a key this test makes,
 * with the roles in the {@code roles} claim. {@code secins} (SECRETARY and INSPECTOR) and {@code secfin}
 * (SECRETARY and FINANCE_OFFICER) are First Secretaries of {@value #HOME} only; {@code secretary} (SECRETARY
 * alone) of both villages, and sets the scene. Secretary-only writes need the village whatever other role is
 * held, writes the other role grants work everywhere, and the other role reads everything. This system runs
 * its own ledger, once for the class, since the shared one signs local users in with HTTP Basic.
 */
class MultiRoleAccessIT {

    private static final String HOME = "MR-HOME";
    private static final String AWAY = "MR-AWAY";
    private static final String FUND = "MR-F1";
    private static final List<String> MULTI = List.of("secins", "secfin");
    private static final Map<String, List<String>> ROLES = Map.of(
            "admin", List.of("ADMIN"),
            "finance", List.of("FINANCE_OFFICER"),
            "inspector", List.of("INSPECTOR"),
            "secretary", List.of("SECRETARY"),
            "lone", List.of("SECRETARY"),
            "secins", List.of("SECRETARY", "INSPECTOR"),
            "secfin", List.of("SECRETARY", "FINANCE_OFFICER"));
    private static final KeyPair ISSUER = rsa();

    private static LedgerSystem system;
    private static LedgerClient ledger;

    @BeforeAll
    static void start() throws Exception {
        Path folder = Files.createTempDirectory("ledger-multi-role-test");
        Path publicKey = folder.resolve("issuer.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ISSUER.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        int[] ports = RunningLedger.freePorts(3);
        LedgerSettings settings = new LedgerSettings(
                Path.of(System.getenv().getOrDefault("LEDGER_HOME", "..")).toAbsolutePath(), folder.resolve("data"),
                ports[0], ports[1], ports[2], null, List.of("-Xmx512m"));
        system = new LedgerSystem(settings, Map.of(
                "SPRING_PROFILES_ACTIVE", "production",
                "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLIC_KEY_LOCATION", publicKey.toUri().toString()))
                .start();
        ledger = new LedgerClient(system.commandSide().baseUrl(), system.querySide().baseUrl(),
                MultiRoleAccessIT::bearer);
        setTheScene();
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /** Both villages with money, collective income, and for each multi-role user a project at every stage. */
    private static void setTheScene() {
        ledger.registerVillage(HOME, "东沟村");
        ledger.registerVillage(AWAY, "西岭村");
        for (String user : List.of("secins", "secfin", "lone")) {
            ledger.assignSecretary(HOME, user);
        }
        ledger.registerFund(FUND, "10000000.00");
        for (String village : List.of(HOME, AWAY)) {
            ledger.allocate(FUND, "A-" + village, village, "400000.00");
            LedgerClient.expectCreated(ledger.post("/api/villages/" + village + "/collective-income", """
                    {"id":"I0","amount":"5000.00","category":"PHOTOVOLTAIC","period":"2026-09","receiptNo":"收-0"}"""));
            for (String user : MULTI) {
                String p = user + "-" + village;
                propose(p + "-PROP", village);
                propose(p + "-CANCEL", village);
                proposeAndStep(p + "-START", village, "approve");
                proposeAndStep(p + "-RUN1", village, "approve", "start");
                proposeAndStep(p + "-RUN2", village, "approve", "start");
                proposeAndStep(p + "-PAY", village, "approve", "start");
                proposeAndStep(p + "-SUSP", village, "approve", "start", "suspend");
                proposeAndStep(p + "-DONE", village, "approve", "start", "complete");
            }
        }
        for (String village : List.of(HOME, AWAY)) {
            int secretaries = village.equals(HOME) ? 4 : 1;
            ledger.await("/api/villages/" + village + "/secretaries", list -> list.size() == secretaries);
            ledger.await("/api/projects?villageId=" + village, list -> list.size() == 16);
        }
    }

    private static void propose(String id, String village) {
        LedgerClient.expectCreated(ledger.post("/api/projects", projectJson(id, village)));
    }

    private static void proposeAndStep(String id, String village, String... steps) {
        propose(id, village);
        for (String step : steps) {
            LedgerClient.Response response = ledger.post("/api/projects/" + id + "/" + step, STEP_BODIES.get(step));
            assertThat(response.status()).as(step + " " + id + ": " + response.body()).isEqualTo(200);
        }
    }

    private static final Map<String, String> STEP_BODIES = Map.of(
            "approve", "{\"note\":\"可行性评审通过\"}",
            "start", "{\"date\":\"2026-03-05\"}",
            "complete", "{\"date\":\"2026-06-15\"}",
            "suspend", "{\"reason\":\"汛期停工\"}");

    private static String projectJson(String id, String village) {
        return """
                {"id":"%s","villageId":"%s","type":"OTHER","name":"村部修缮","budget":"100000.00",
                 "plannedStart":"2026-01-01","plannedEnd":"2026-12-31"}""".formatted(id, village);
    }

    /** A POST and the status it answers when allowed. */
    private record Write(String path, String body, int status) {
    }

    /** Every write that only the SECRETARY role permits, by {@code user} in {@code village}, in an order that works. */
    private static List<Write> secretaryOnlyWrites(String user, String village) {
        String p = "/api/projects/" + user + "-" + village;
        return List.of(
                new Write("/api/projects", projectJson(user + "-" + village + "-NEW", village), 201),
                new Write(p + "-START/start", "{\"date\":\"2026-03-06\"}", 200),
                new Write(p + "-RUN1/milestones",
                        "{\"id\":\"M1\",\"title\":\"路基完成\",\"date\":\"2026-05-10\",\"progressPercent\":40}", 201),
                new Write(p + "-RUN1/complete", "{\"date\":\"2026-06-20\"}", 200),
                new Write(p + "-RUN2/suspend", "{\"reason\":\"汛期停工\"}", 200),
                new Write(p + "-SUSP/resume", "{\"note\":\"复工\"}", 200),
                new Write("/api/villages/" + village + "/collective-income", """
                        {"id":"I-%s","amount":"5000.00","category":"PHOTOVOLTAIC","period":"2026-10","receiptNo":"收-1"}"""
                        .formatted(user), 201),
                new Write("/api/villages/" + village + "/collective-spending", """
                        {"id":"S-%s","amount":"300.00","purpose":"PUBLIC_WELFARE_JOBS","note":"保洁员"}"""
                        .formatted(user), 201));
    }

    /** The writes the second role of {@code user} grants on its own, in {@code village}. */
    private static List<Write> otherRoleWrites(String user, String village) {
        String p = "/api/projects/" + user + "-" + village;
        if (user.equals("secins")) {
            return List.of(new Write(p + "-DONE/accept", "{\"date\":\"2026-06-28\",\"note\":\"验收合格\"}", 200));
        }
        return List.of(
                new Write(p + "-PROP/approve", "{\"note\":\"同意\"}", 200),
                new Write(p + "-CANCEL/cancel", "{\"reason\":\"选址变更\"}", 200),
                new Write(p + "-PAY/commitments", "{\"id\":\"C1\",\"amount\":\"20000.00\"}", 201),
                new Write(p + "-PAY/disbursements",
                        "{\"id\":\"D1\",\"amount\":\"5000.00\",\"payee\":\"路桥公司\",\"voucherNo\":\"记-1\"}", 201),
                new Write(p + "-PAY/disbursements/D1/reversal", "{\"reason\":\"退票\"}", 201),
                new Write("/api/villages/" + village + "/returns",
                        "{\"id\":\"R-secfin\",\"fundId\":\"" + FUND + "\",\"amount\":\"100.00\",\"reason\":\"结余退回\"}", 201),
                new Write("/api/funds/" + FUND + "/allocations",
                        "{\"id\":\"A-secfin-" + village + "\",\"villageId\":\"" + village
                                + "\",\"amount\":\"100.00\",\"purpose\":\"配套\"}", 201));
    }

    @Test
    void secretaryOnlyWritesNeedTheVillageWhateverOtherRoleTheUserHolds() {
        long events = EventCount.settled(system.jdbcUrl());
        for (String user : List.of("secins", "secfin")) {
            for (Write write : secretaryOnlyWrites(user, AWAY)) {
                LedgerClient.Response refused = ledger.as(user).post(write.path(), write.body());
                assertThat(refused.status()).as(user + " POST " + write.path() + ": " + refused.body()).isEqualTo(403);
                assertThat(refused.code()).as(user + " POST " + write.path()).isEqualTo("NOT_YOUR_VILLAGE");
                assertThat(refused.contentType()).startsWith("application/problem+json");
            }
        }
        LedgerClient.Response lone = ledger.as("lone").post("/api/projects", projectJson("lone-AWAY-NEW", AWAY));
        assertThat(lone.status()).isEqualTo(403);
        assertThat(lone.code()).isEqualTo("NOT_YOUR_VILLAGE");
        assertThat(EventCount.settled(system.jdbcUrl())).as("events after the refusals").isEqualTo(events);

        for (String user : List.of("secins", "secfin")) {
            for (Write write : secretaryOnlyWrites(user, HOME)) {
                LedgerClient.Response allowed = ledger.as(user).post(write.path(), write.body());
                assertThat(allowed.status()).as(user + " POST " + write.path() + ": " + allowed.body())
                        .isEqualTo(write.status());
            }
        }
        LedgerClient.expectCreated(ledger.as("lone").post("/api/projects", projectJson("lone-HOME-NEW", HOME)));
    }

    @Test
    void theOtherRoleStillWritesInEveryVillageAndGrantsNothingMore() {
        for (String village : List.of(AWAY, HOME)) {
            for (String user : MULTI) {
                for (Write write : otherRoleWrites(user, village)) {
                    LedgerClient.Response response = write.path().endsWith("/commitments")
                            ? ledger.as(user).postWhenCredited(write.path(), write.body())
                            : ledger.as(user).post(write.path(), write.body());
                    assertThat(response.status()).as(user + " POST " + write.path() + ": " + response.body())
                            .isEqualTo(write.status());
                }
            }
        }
        long events = EventCount.settled(system.jdbcUrl());
        for (String village : List.of(AWAY, HOME)) {
            for (Write write : otherRoleWrites("secfin", village)) {
                assertThat(ledger.as("secins").post(write.path(), write.body()).status())
                        .as("secins POST " + write.path()).isEqualTo(403);
            }
            for (Write write : otherRoleWrites("secins", village)) {
                assertThat(ledger.as("secfin").post(write.path(), write.body()).status())
                        .as("secfin POST " + write.path()).isEqualTo(403);
            }
            for (String user : MULTI) {
                assertThat(ledger.as(user).post("/api/villages", """
                        {"id":"MR-X","name":"新村","town":"Z镇","county":"Z县","povertyHouseholds":1}""").status())
                        .as(user + " registers a village").isEqualTo(403);
            }
        }
        assertThat(EventCount.settled(system.jdbcUrl())).as("events after the refusals").isEqualTo(events);
    }

    /** Every read of a village or its projects, in {@code village}. */
    private static List<String> villageReads(String village) {
        String project = "/api/projects/secins-" + village + "-RUN2";
        String period = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        return List.of("/api/villages/" + village, "/api/villages/" + village + "?asOf=" + Instant.now().truncatedTo(ChronoUnit.SECONDS),
                "/api/villages/" + village + "/collective", "/api/villages/" + village + "/secretaries",
                "/api/villages/" + village + "/history", "/api/villages/" + village + "/compare?from=2026-01-01&to=2030-01-01",
                "/api/villages/" + village + "/disclosure?period=" + period, "/api/projects?villageId=" + village,
                project, project + "/funding");
    }

    @Test
    void theOtherRoleReadsEveryVillageWhileSecretaryAloneReadsOnlyItsOwn() {
        for (String village : List.of(HOME, AWAY)) {
            for (String path : villageReads(village)) {
                for (String user : MULTI) {
                    LedgerClient.Response read = ledger.as(user).get(path);
                    assertThat(read.status()).as(user + " GET " + path + ": " + read.body()).isEqualTo(200);
                }
                assertThat(ledger.as("lone").get(path).status()).as("lone GET " + path)
                        .isEqualTo(village.equals(HOME) ? 200 : 403);
            }
        }
        for (String user : MULTI) {
            assertThat(values(ledger.as(user).get("/api/villages").body(), "id")).contains(HOME, AWAY);
            assertThat(values(ledger.as(user).get("/api/projects").body(), "villageId")).contains(HOME, AWAY);
        }
        assertThat(values(ledger.as("lone").get("/api/villages").body(), "id")).contains(HOME).doesNotContain(AWAY);
        assertThat(values(ledger.as("lone").get("/api/projects").body(), "villageId")).contains(HOME)
                .doesNotContain(AWAY);
    }

    @Test
    void eventsRecordEveryRoleOfTheirSender() {
        LedgerClient.expectCreated(ledger.as("secfin").post("/api/villages/" + HOME + "/collective-income", """
                {"id":"I-roles","amount":"1.00","category":"OTHER","period":"2026-11","receiptNo":"收-9"}"""));
        JsonNode history = ledger.get("/api/villages/" + HOME + "/history?size=500").body();
        List<String> roles = new ArrayList<>();
        history.path("entries").forEach(entry -> {
            if (entry.path("actor").asString().equals("secfin")) {
                roles.add(entry.path("role").asString());
            }
        });
        assertThat(roles).isNotEmpty().allMatch(role -> role.equals("FINANCE_OFFICER,SECRETARY"));
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(field).asString()));
        return values;
    }

    /** A JWT of the test's issuer for {@code username}, with the roles {@link #ROLES} gives them. */
    private static String bearer(String username) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                    new JWTClaimsSet.Builder().subject("uuid-" + username).claim("preferred_username", username)
                            .claim("roles", ROLES.getOrDefault(username, List.of())).issueTime(new Date())
                            .expirationTime(Date.from(Instant.now().plusSeconds(300))).build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) ISSUER.getPrivate()));
            return "Bearer " + jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
