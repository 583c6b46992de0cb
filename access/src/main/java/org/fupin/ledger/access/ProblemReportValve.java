package org.fupin.ledger.access;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Tomcat's own error page, for the requests it refuses before Spring sees them (an encoded slash or
 * invalid escape in the path, raw non-ASCII bytes in the URL, a malformed header): answered as
 * {@code application/problem+json} like every other refusal, instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write("""
                        {"type":"about:blank","title":"%s","status":%d,"detail":"%s","code":"%s"}"""
                        .formatted(known == null ? "Error" : known.getReasonPhrase(), status,
                                status == 400 ? "The request line or headers are malformed (for example an encoded "
                                        + "slash, an invalid escape or raw non-ASCII bytes in the path)"
                                        : "The request could not be processed",
                                status == 400 ? "MALFORMED_REQUEST" : "HTTP_" + status));
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response already committed: nothing more can be said.
        }
    }
}
