package org.fupin.ledger.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Refuses a request body larger than {@code ledger.http.max-body-bytes} (64 KB) with 413, before anything
 * parses it: by its Content-Length when it states one, else by reading at most one byte past the limit.
 * A file upload ({@code multipart/form-data}) to one of {@code ledger.http.upload-paths} may be as large as
 * {@code ledger.http.max-upload-bytes} instead (an allocation plan: 10 MB and its multipart envelope); set
 * {@code spring.servlet.multipart.max-request-size} to the same, as it bounds an upload sent in chunks.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final int bodyLimit;
    private final int uploadLimit;
    private final List<String> uploadPaths;

    RequestSizeLimit(int bodyLimit, int uploadLimit, List<String> uploadPaths) {
        this.bodyLimit = bodyLimit;
        this.uploadLimit = uploadLimit;
        this.uploadPaths = List.copyOf(uploadPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isUpload(request);
        int limit = upload ? uploadLimit : bodyLimit;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        // A chunked upload is left to the multipart parser, which reads the container's own stream (not a
        // wrapper's) and stops at spring.servlet.multipart.max-request-size.
        if (declared >= 0 || !hasBody(request) || upload) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            tooLarge(response, limit);
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    private boolean isUpload(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && uploadPaths.stream().anyMatch(path -> PATHS.match(path, request.getRequestURI()));
    }

    private static void tooLarge(HttpServletResponse response, int limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The request body is larger than " + limit + " bytes");
    }

    /** A chunked request whose body has been read in full, within the limit. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            Charset charset = StandardCharsets.UTF_8;
            try {
                if (getCharacterEncoding() != null) {
                    charset = Charset.forName(getCharacterEncoding());
                }
            } catch (IllegalArgumentException unknownEncoding) {
                // read as UTF-8, the only encoding the ledger speaks
            }
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
