package org.fupin.ledger.query;

import jakarta.servlet.Filter;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The query side's HTTP API, with its servlet filters (security, the public rate limit), for a local user signed in with HTTP Basic. */
public final class LedgerHttp {

    private LedgerHttp() {
    }

    public static MockMvc of(WebApplicationContext context) {
        List<Filter> filters = new ArrayList<>(context.getBeansOfType(Filter.class).values());
        AnnotationAwareOrderComparator.sort(filters);
        return MockMvcBuilders.webAppContextSetup(context).addFilters(filters.toArray(Filter[]::new)).build();
    }

    /** {@code GET path} as the local user {@code user} (password {@code <user>-pass}). */
    public static MockHttpServletRequestBuilder getAs(String user, String path, Object... variables) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + user + "-pass")
                .getBytes(StandardCharsets.UTF_8));
        return get(path, variables).header(HttpHeaders.AUTHORIZATION, "Basic " + basic);
    }
}
