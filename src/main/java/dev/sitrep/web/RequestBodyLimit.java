package dev.sitrep.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one limit on request bodies, however they arrive: a declared Content-Length over the limit is refused
 * before a byte is read, and a body without one (chunked) is read only up to the limit, then refused with the
 * same 413. What passes is handed on from memory, so no controller or parser ever sees more than the limit.
 * Form posts (login, review decisions, unsubscribe) are left to the container, which caps them itself and
 * must read their parameters from the original stream.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimit extends OncePerRequestFilter {

    /** 1,000 events of ordinary size fit well within this. */
    static final long EVENTS_MAX_BYTES = 10L << 20;
    /** A judgment or a small JSON command; nothing else Sitrep accepts is larger. */
    static final long DEFAULT_MAX_BYTES = 1L << 20;

    static long limitFor(String path) {
        return path.equals("/api/events") ? EVENTS_MAX_BYTES : DEFAULT_MAX_BYTES;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        boolean form = type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
        boolean body = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
        return form || !body;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) limit + 1);
        if (body.length > limit) {
            refuse(response, limit);
            return;
        }
        chain.doFilter(new Buffered(request, body), response);
    }

    private static void refuse(HttpServletResponse response, long limit) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The rest of an oversized body is not read: the connection is closed rather than drained.
        response.setHeader("Connection", "close");
        response.getOutputStream().write(("{\"type\":\"https://sitrep.dev/problems/body-too-large\",\"title\":"
                + "\"Request body too large\",\"status\":413,\"detail\":\"send at most " + limit
                + " bytes in one request\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** The request with its body read into memory (at most the limit). */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
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
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(new ByteArrayInputStream(body),
                    java.nio.charset.Charset.forName(charset)));
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
