package org.fupin.ledger.access;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSizeLimitTest {

    private final RequestSizeLimit limit = new RequestSizeLimit(10, 100, List.of("/api/funds/allocation-plans"));

    @Test
    void refusesABodyOverTheLimit() throws Exception {
        assertThat(status(request("/api/funds", "application/json", 11))).isEqualTo(413);
        assertThat(status(request("/api/funds", "application/json", 10))).isEqualTo(200);
    }

    @Test
    void letsAFileUploadToAnUploadPathGrowToTheUploadLimit() throws Exception {
        assertThat(status(request("/api/funds/allocation-plans", "multipart/form-data; boundary=x", 100))).isEqualTo(200);
        assertThat(status(request("/api/funds/allocation-plans", "multipart/form-data; boundary=x", 101))).isEqualTo(413);
    }

    @Test
    void keepsTheBodyLimitForAnUploadElsewhereOrAnyOtherBodyOnAnUploadPath() throws Exception {
        assertThat(status(request("/api/funds", "multipart/form-data; boundary=x", 11))).isEqualTo(413);
        assertThat(status(request("/api/funds/allocation-plans", "application/json", 11))).isEqualTo(413);
    }

    private int status(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    private static MockHttpServletRequest request(String path, String contentType, int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(contentType);
        request.setContent(new byte[bytes]);
        return request;
    }
}
