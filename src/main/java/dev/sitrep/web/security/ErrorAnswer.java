package dev.sitrep.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * One error answer, written the same way whoever found the error: Tomcat before any servlet ran, Spring
 * Security's firewall, the security filters, or the application through {@code /error}. API calls and
 * feeds get an RFC 9457 problem; a browser asking for a page gets a plain page saying the same. Neither
 * carries a stack trace, an exception's class or the server's name and version.
 *
 * @param type  the slug after {@code https://sitrep.dev/problems/}, or null for {@code about:blank} (the
 *              status says it all, as in the API's other problems)
 */
record ErrorAnswer(int status, String type, String title, String detail) {

    private static final String TYPES = "https://sitrep.dev/problems/";

    /** A status with nothing more to say than its reason phrase and, where there is one, what to do. */
    static ErrorAnswer forStatus(int status, String method, String path) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error " + status : known.getReasonPhrase();
        return new ErrorAnswer(status, null, title, switch (status) {
            case 400 -> "Sitrep could not read this request: its path or headers hold something HTTP or Sitrep does "
                    + "not allow (an encoded '/' or '\\', a NUL, a character that must be percent-encoded, a "
                    + "malformed header); ask for a plain path with well-formed headers";
            case 404 -> "nothing is at " + (path == null ? "this path" : path) + ": check the address (the README "
                    + "lists the API's paths; /archive lists the editions)";
            case 405 -> (method == null ? "this method" : method) + " is not allowed on "
                    + (path == null ? "this path" : path);
            case 500 -> "Sitrep failed to answer this request; the server's log says why";
            case 501 -> "the server does not do what the request asks for (a Transfer-Encoding other than chunked, "
                    + "a CONNECT, ...)";
            case 505 -> "send the request as HTTP/1.1";
            default -> title;
        });
    }

    /**
     * Tomcat's answer to a request line and headers over its buffer (server.max-http-request-header-size):
     * 414 when the request line alone did not fit, 431 when the headers did not.
     */
    static ErrorAnswer tooLarge(boolean requestLine, long maxBytes) {
        String limit = maxBytes + " bytes for the request line and headers together, "
                + "server.max-http-request-header-size";
        return requestLine
                ? new ErrorAnswer(414, "uri-too-long", "URI Too Long", "the request's path and query are longer "
                        + "than the server reads (" + limit + "): ask for a shorter path")
                : new ErrorAnswer(431, "headers-too-large", "Request Header Fields Too Large", "the request's "
                        + "headers are larger than the server reads (" + limit + "): send fewer or smaller headers, "
                        + "cookies included");
    }

    /** Who reads the answer: a browser asking for a page outside the API and feeds gets HTML, all else JSON. */
    static boolean wantsPage(String path, String accept) {
        return path != null && !ProblemResponses.isMachinePath(path) && accept != null && accept.contains("text/html");
    }

    /**
     * Writes the answer and the security headers every Sitrep response carries (an error Tomcat answers
     * never passed the security filters that add them elsewhere). Headers already set, such as a
     * challenge or a Retry-After, stay.
     */
    void writeTo(HttpServletResponse response, String path, String accept) throws IOException {
        response.setStatus(status);
        response.setHeader("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        byte[] body;
        if (wantsPage(path, accept)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            body = page().getBytes(StandardCharsets.UTF_8);
        } else {
            // JSON is UTF-8 by definition (RFC 8259): bytes, and no charset parameter, like Spring's own problems.
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = problem(path).getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    String problem(String path) {
        return "{\"type\":\"" + (type == null ? "about:blank" : TYPES + type) + "\",\"title\":\"" + json(title)
                + "\",\"status\":" + status + ",\"detail\":\"" + json(detail) + "\""
                + (path == null ? "" : ",\"instance\":\"" + json(path) + "\"") + "}";
    }

    String page() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                + Entities.escape(title) + " · Sitrep</title><style>body{font-family:sans-serif;max-width:40em;"
                + "margin:4em auto;color:#222}</style></head>\n<body>\n<h1>" + Entities.escape(title) + "</h1>\n<p>"
                + Entities.escape(sentence(detail)) + "</p>\n<p><a href=\"/archive\">The archive</a> · <a href=\"/login\">"
                + "Sign in</a></p>\n</body></html>\n";
    }

    private static String sentence(String text) {
        String capital = text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        return capital.endsWith(".") ? capital : capital + ".";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
