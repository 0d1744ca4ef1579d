package dev.sitrep.web.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpHeaders;

/**
 * Tomcat's error report in Sitrep's form. Tomcat refuses some requests before any servlet or filter runs
 * (an encoded '/', '\' or NUL in the path, a character the path may not hold, a malformed header, a
 * request line and headers over its buffer, an HTTP version it does not speak); it then writes its own
 * HTML page from this valve of the host. Here they get the answer every other error gets: a problem for
 * the API, a plain page for a browser. It also answers whatever the application's {@code /error} could not.
 */
final class TomcatErrorReport extends ErrorReportValve {

    /** Tomcat says "request header too large" with a 400 and this message, in the server's language. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    TomcatErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // The same conditions as Tomcat's own report: an error, nothing written yet, not reported before.
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String path = request.getRequestURI();
        boolean noPath = path == null || path.isEmpty();
        ErrorAnswer answer = isHeaderTooLarge(response.getStatus(), throwable)
                ? ErrorAnswer.tooLarge(noPath, maxHeaderBytes(request))
                : ErrorAnswer.forStatus(response.getStatus(), request.getMethod(), noPath ? null : path);
        try {
            answer.writeTo(response, noPath ? null : path, request.getHeader(HttpHeaders.ACCEPT));
        } catch (IOException | IllegalStateException clientGoneOrAlreadyWriting) {
            // Nothing more can be told to this client; Tomcat closes the connection.
        }
    }

    private static boolean isHeaderTooLarge(int status, Throwable throwable) {
        return status == 400 && throwable instanceof IllegalArgumentException
                && HEADER_TOO_LARGE.equals(throwable.getMessage());
    }

    private static long maxHeaderBytes(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxHttpRequestHeaderSize() : 8192;
    }
}
