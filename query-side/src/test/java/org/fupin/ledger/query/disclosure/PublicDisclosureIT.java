package org.fupin.ledger.query.disclosure;

import org.fupin.ledger.query.LedgerHttp;
import org.fupin.ledger.query.QuerySideTest;
import org.fupin.ledger.query.StoredEvents;
import org.fupin.ledger.query.VillageStory;
import org.fupin.ledger.shared.FundId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public notice: read without signing in, no actors or request ids in it, a clear 404 for an unknown village
 * and for a period before the village existed, and 429 with Retry-After for a client that asks too often.
 */
@QuerySideTest
class PublicDisclosureIT {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired
    StoredEvents events;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Clock clock;

    private MockMvc http;
    private VillageStory story;
    private String period;

    @BeforeEach
    void aVillageWithMoney() throws InterruptedException {
        http = LedgerHttp.of(context);
        story = VillageStory.of(events);
        FundId fund = story.fund("500000.00");
        story.allocate(fund, "80000.00");
        events.awaitProjections();
        LocalDate today = LocalDate.now(clock);
        period = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void anyoneReadsTheSheetWithoutSigningInAndItNamesNoActor() throws Exception {
        MockHttpServletResponse response = http.perform(anonymous("/api/public/villages/{id}/disclosure?period="
                + period, story.village().value())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        String sheet = response.getContentAsString();
        assertThat(sheet).contains("\"villageName\":\"东沟村\"", "\"fundsReceivedTotal\":\"80000.00\"", "\"integrity\"");
        assertThat(sheet).doesNotContain("actor", "requestId", "finance", "correlation");
    }

    @Test
    void theSignedInEndpointsStayClosedToAnonymousCallers() throws Exception {
        assertThat(http.perform(anonymous("/api/villages/{id}/disclosure?period=" + period, story.village().value()))
                .andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void anUnknownVillageIsNotFound() throws Exception {
        MockHttpServletResponse response = http.perform(anonymous(
                "/api/public/villages/no-such-village/disclosure?period=" + period)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("VILLAGE_NOT_FOUND");
    }

    @Test
    void aPeriodBeforeTheVillageExistedSaysSo() throws Exception {
        MockHttpServletResponse response = http.perform(anonymous(
                "/api/public/villages/{id}/disclosure?period=2020-Q1", story.village().value())).andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("PERIOD_BEFORE_VILLAGE",
                "\"registeredOn\":\"" + LocalDate.now(clock) + "\"");
    }

    @Test
    void aBadPinIsABadRequestNotAnError() throws Exception {
        MockHttpServletResponse response = http.perform(anonymous("/api/public/integrity?pin=nonsense"))
                .andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aClientThatAsksTooOftenIsToldWhenToComeBack() throws Exception {
        String client = "198.51.100." + CLIENTS.incrementAndGet();
        MockHttpServletResponse response = null;
        for (int i = 0; i <= 30; i++) {
            response = http.perform(anonymous("/api/public/villages/no-such-village/disclosure?period=" + period)
                    .with(request -> {
                        request.setRemoteAddr(client);
                        return request;
                    })).andReturn().getResponse();
            if (i < 30) {
                assertThat(response.getStatus()).as("request %d", i + 1).isEqualTo(404);
            }
        }
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("RATE_LIMITED");
        assertThat(Long.parseLong(response.getHeader(HttpHeaders.RETRY_AFTER))).isPositive();

        assertThat(http.perform(anonymous("/api/public/villages/no-such-village/disclosure?period=" + period)
                .with(request -> {
                    request.setRemoteAddr("198.51.100.250");
                    return request;
                })).andReturn().getResponse().getStatus()).as("another client").isEqualTo(404);
    }

    private static MockHttpServletRequestBuilder anonymous(String path, Object... variables) {
        return get(path, variables).accept(MediaType.APPLICATION_JSON);
    }
}
