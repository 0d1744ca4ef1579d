package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A forged Host header never reaches a Location: through the real server, which MockMvc does not run. */
@SpringBootTest(classes = SitrepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:relative-redirects-test;DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=servlet"})
class RelativeRedirectsTest {

    @LocalServerPort
    int port;

    @Test
    void theLoginRedirectIsRelativeWhateverHostTheRequestNames() throws IOException {
        String response = raw("GET /archive/closed-job HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 302");
        String location = response.lines().filter(l -> l.regionMatches(true, 0, "Location:", 0, 9)).findFirst()
                .orElseThrow().substring(9).strip();
        assertThat(location).isEqualTo("/login").doesNotContain("evil.example");
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
