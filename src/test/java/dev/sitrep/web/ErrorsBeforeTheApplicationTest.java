package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.testing.RandomInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors found before the application runs, through the real server (MockMvc has no Tomcat in front):
 * Tomcat's refusals of a path or header, Spring Security's firewall, and the container's own error
 * dispatches. Each is a problem for the API and a plain page for a browser, never Tomcat's HTML report.
 * Requests go over a raw socket, so that no client normalises the path first.
 */
@SpringBootTest(classes = SitrepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:errors-before-the-application-test;DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=servlet"})
class ErrorsBeforeTheApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anEncodedSlashBackslashOrNulInAnApiPathIsA400ProblemNotTomcatsPage() throws IOException {
        for (String segment : List.of("a%2Fb", "a%2fb", "a%5Cb", "a%00b", "a|b", "a%C0%AFb")) {
            RawHttp.Answer answer = get("/api/editions/" + segment, "*/*");

            assertProblem(answer, 400, segment);
        }
    }

    @Test
    void aPathLongerThanTheHeaderBufferIs414AndHeadersLargerThanItAre431BothProblems() throws IOException {
        String segment = "x".repeat(9_000);

        assertProblem(get("/api/editions/" + segment, "*/*"), 414, "9,000-character segment");
        assertProblem(send("GET /api/editions HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + segment
                + "\r\nConnection: close\r\n\r\n"), 431, "9,000-character header");
        assertThat(get("/api/editions/" + segment, "*/*").body()).contains("max-http-request-header-size");
    }

    @Test
    void firewallRefusalsAndTheContainersOwnErrorsAreProblemsToo() throws IOException {
        for (String path : List.of("/api/editions/a;b", "/api//editions", "/api/editions/a%25b",
                "/api/editions/%2e%2e/x")) {
            assertProblem(get(path, "*/*"), 400, path);
        }
        assertProblem(send("TRACE /api/editions HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 405,
                "TRACE");
        assertProblem(send("GET /api/editions HTTP/7.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"), 505,
                "HTTP/7.1");
        assertProblem(send("GET /api/editions HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "no Host header");
        assertProblem(send("POST /api/events HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip2\r\n"
                + "Connection: close\r\n\r\n"), 501, "unknown transfer coding");
        assertProblem(get("/error", "*/*"), 404, "/error asked for directly");
    }

    @Test
    void aBrowserAskingForAPageGetsThePlainErrorPageWhoeverRefusedTheRequest() throws IOException {
        for (String path : List.of("/archive/a%2Fb", "/archive/a%00b", "/archive/a;b", "/archive//x")) {
            RawHttp.Answer answer = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");

            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(answer.body()).as(path).contains("<title>400 ", "· Sitrep</title>", "<a href=\"/archive\">")
                    .doesNotContain("Tomcat", "HTTP Status", "Exception");
            assertThat(answer.header("Content-Security-Policy")).as(path).startsWith("default-src 'none'");
        }
        // The same refusal on the API stays a problem, whatever the client accepts.
        assertProblem(get("/api/editions/a%2Fb", "text/html"), 400, "API path asked for as HTML");
    }

    @Test
    void noHostilePathSegmentGetsAnythingButAProblemFromTheApi() {
        RandomInputs.forAll(21L, 150, random -> random.text(4), RandomInputs::shrinkText, text -> {
            String target = "/api/editions/" + hostileTarget(text);
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(port, ("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: */*\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(answer.status()).as(target).isBetween(400, 499);
            assertProblem(answer, answer.status(), target);
        });
    }

    /** Text for a request target: bytes HTTP allows as they are, the rest (spaces, line breaks) percent-encoded. */
    private static String hostileTarget(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (b <= ' ' || b == 0x7f) {
                out.writeBytes(String.format("%%%02X", b & 0xff).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private void assertProblem(RawHttp.Answer answer, int status, String what) {
        assertThat(answer.status()).as(what).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(what).isEqualTo("application/problem+json");
        assertThat(answer.body()).as(what).doesNotContain("Tomcat", "<html", "Exception", "\tat ");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("title").asString()).as(what).isNotBlank();
        assertThat(problem.path("detail").asString()).as(what).isNotBlank();
        assertThat(answer.header("Content-Security-Policy")).as(what).startsWith("default-src 'none'");
        assertThat(answer.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    }

    private RawHttp.Answer get(String target, String accept) throws IOException {
        return send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n");
    }

    private RawHttp.Answer send(String head) throws IOException {
        return RawHttp.send(port, head);
    }
}
