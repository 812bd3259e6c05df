package com.kpbank.lc.gateway.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Optional;

/**
 * Request bodies are JSON of a form's size (API.md: "Requests: application/json"), checked before
 * anything reads them: a body above {@value #MAX_BYTES} bytes answers 413 — the API reads a body whole,
 * so an unbounded one could exhaust the memory of the JVM — and a form body answers 415, since the
 * servlet stack would otherwise parse it into request parameters and fail on a malformed one with a 500.
 * A wildcard content type ({@code *}{@code /*}, {@code application/*}) answers 415, as it names no media type.
 * A body declared in a charset other than UTF-8 answers 415 too: JSON between systems is UTF-8 (RFC 8259),
 * and decoding UTF-8 bytes as, say, UTF-16 makes the JSON reader fail in ways that are not a parse error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class JsonRequestBodies extends OncePerRequestFilter {

    static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper json;

    JsonRequestBodies(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (isForm(contentType)
                || declaredMediaType(contentType).filter(type -> isWildcard(type) || declaresACharsetOtherThanUtf8(type)).isPresent()) {
            refuse(response, Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Problems.UNSUPPORTED_MEDIA_TYPE, "request bodies are application/json in UTF-8"));
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            refuse(response, tooLarge());
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                refuse(response, tooLarge());
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The body's declared media type; none when absent, or malformed (answered where the media type is read). */
    private static Optional<MediaType> declaredMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException malformed) {
            return Optional.empty();
        }
    }

    /** Read from the header as sent, parseable or not: the servlet stack takes such a body for request parameters. */
    private static boolean isForm(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || type.startsWith("multipart/");
    }

    /** {@code *}{@code /*} or {@code application/*} says what a client accepts, never what a body is. */
    private static boolean isWildcard(MediaType type) {
        return type.isWildcardType() || type.isWildcardSubtype();
    }

    private static boolean declaresACharsetOtherThanUtf8(MediaType type) {
        String charset = type.getParameter("charset");
        return charset != null && !charset.replace("\"", "").strip().equalsIgnoreCase("UTF-8");
    }

    private static ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, Problems.REQUEST_TOO_LARGE, "a request body is at most " + MAX_BYTES + " bytes");
    }

    private void refuse(HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setTitle(HttpStatus.valueOf(problem.getStatus()).getReasonPhrase());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** A request whose body of unannounced length was read here, within the bound, and is read again from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
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
