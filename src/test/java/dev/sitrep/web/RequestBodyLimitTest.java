package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The body limit through the real server, as the probe sent it: chunked, so no Content-Length to refuse it by.
 * The answer must come after at most the limit has been read, not after the whole body.
 */
@SpringBootTest(classes = SitrepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:request-body-limit-test;DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=servlet"})
class RequestBodyLimitTest {

    @org.springframework.test.context.DynamicPropertySource
    static void users(org.springframework.test.context.DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    private static final String AUTH = Base64.getEncoder().encodeToString((TestUsers.name(
            dev.sitrep.web.security.Role.ANALYST) + ":" + TestUsers.password(dev.sitrep.web.security.Role.ANALYST))
            .getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    @Test
    void aChunkedBodyOverTheLimitIs413AfterTheLimitIsReadAndTheServerNeverParsesTheRest() throws IOException {
        String auth = AUTH;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("\"" + "x".repeat(65_533) + "\",").getBytes(StandardCharsets.US_ASCII);
            out.write("1\r\n[\r\n".getBytes(StandardCharsets.US_ASCII));
            long sent = 1;
            // Up to 4 times the limit; the server answers once the limit is passed and stops reading.
            try {
                while (sent < 4 * RequestBodyLimit.EVENTS_MAX_BYTES) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedByServer) {
                // The server closed the connection after answering: the rest was never read.
            }
            InputStream in = socket.getInputStream();
            String response = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);

            assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                    .contains("send at most " + RequestBodyLimit.EVENTS_MAX_BYTES + " bytes in one request");
        }
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAByteIsReadWhateverTheEndpoint() throws IOException {
        String auth = AUTH;
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/judgments HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: text/markdown\r\nContent-Length: " + (RequestBodyLimit.DEFAULT_MAX_BYTES + 1)
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.ISO_8859_1);

            assertThat(response).startsWith("HTTP/1.1 413");
        }
    }
}
