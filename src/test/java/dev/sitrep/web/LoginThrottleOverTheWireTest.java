package dev.sitrep.web;

import static dev.sitrep.web.security.Role.ADMIN;
import static dev.sitrep.web.security.Role.ANALYST;
import static dev.sitrep.web.security.Role.ARCHIVIST;
import static dev.sitrep.web.security.Role.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.testing.MutableClock;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The sign-in throttle through the real server, as the probe met it (40 wrong Basic passwords, then the
 * right one accepted), with the defaults: 5 failures lock a name, 20 an address, the first lock a minute.
 * Each test uses its own user or address; every 127.x.y.z is this machine's loopback, so one test can be
 * several clients.
 */
@SpringBootTest(classes = SitrepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:login-throttle-over-the-wire-test;DB_CLOSE_DELAY=-1",
                "spring.main.web-application-type=servlet"})
class LoginThrottleOverTheWireTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @TestBean
    Clock clock;

    static Clock clock() {
        return CLOCK;
    }

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void fiveWrongBasicPasswordsLockTheNameTheRightOneIsThen429UntilTheLockEndsAndOtherUsersAreUnaffected()
            throws IOException {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ADMIN), "wrong-password-" + i).status())
                    .isEqualTo(401);
        }

        RawHttp.Answer refused = basic("127.0.0.1", "/api/editions", TestUsers.name(ADMIN), TestUsers.password(ADMIN));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("60");
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://sitrep.dev/problems/too-many-sign-ins\"",
                "\"status\":429", "user 'admin'").doesNotContain(TestUsers.password(ADMIN));
        assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ARCHIVIST), TestUsers.password(ARCHIVIST))
                .status()).as("another user from the same address").isEqualTo(200);

        CLOCK.advance(Duration.ofSeconds(59));
        assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ADMIN), TestUsers.password(ADMIN)).status())
                .isEqualTo(429);
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ADMIN), TestUsers.password(ADMIN)).status())
                .isEqualTo(200);
    }

    @Test
    void theLoginFormIsThrottledAlikeAndAnswersABrowserWithAPage() throws IOException {
        FormSession form = FormSession.open(port);
        for (int i = 0; i < 5; i++) {
            RawHttp.Answer wrong = form.signIn(TestUsers.name(ANALYST), "wrong-password-" + i);
            assertThat(wrong.status()).isEqualTo(302);
            assertThat(wrong.header("Location")).isEqualTo("/login?error");
        }

        RawHttp.Answer refused = form.signIn(TestUsers.name(ANALYST), TestUsers.password(ANALYST));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Too many failed sign-ins", "analyst", "try again in", "Sign in</a>");
        CLOCK.advance(Duration.ofSeconds(Long.parseLong(refused.header("Retry-After"))));
        RawHttp.Answer signedIn = form.signIn(TestUsers.name(ANALYST), TestUsers.password(ANALYST));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location")).isEqualTo("/archive");
    }

    @Test
    void twentyFailuresFromOneAddressForAnyNamesLockThatAddressOnly() throws IOException {
        for (int i = 0; i < 20; i++) {
            assertThat(basic("127.0.0.2", "/api/subscriptions", "guess" + i, "wrong-password-" + i).status())
                    .isEqualTo(401);
        }

        RawHttp.Answer refused = basic("127.0.0.2", "/api/subscriptions", TestUsers.name(SUBSCRIBER),
                TestUsers.password(SUBSCRIBER));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("from your address (127.0.0.2)");
        assertThat(basic("127.0.0.1", "/api/subscriptions", TestUsers.name(SUBSCRIBER), TestUsers.password(SUBSCRIBER))
                .status()).isEqualTo(200);
    }

    @Test
    void anAttackerElsewhereDoesNotLockAUserOutOfAnAddressItHasSignedInFrom() throws IOException {
        assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ARCHIVIST), TestUsers.password(ARCHIVIST))
                .status()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            basic("127.0.0.3", "/api/editions", TestUsers.name(ARCHIVIST), "wrong-password-" + i);
        }

        assertThat(basic("127.0.0.3", "/api/editions", TestUsers.name(ARCHIVIST), TestUsers.password(ARCHIVIST))
                .status()).isEqualTo(429);
        assertThat(basic("127.0.0.1", "/api/editions", TestUsers.name(ARCHIVIST), TestUsers.password(ARCHIVIST))
                .status()).isEqualTo(200);
    }

    private RawHttp.Answer basic(String from, String path, String name, String password) throws IOException {
        String credentials = Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        return RawHttp.send(port, InetAddress.getByName(from), ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: application/json\r\nAuthorization: Basic " + credentials + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A browser's session: the cookie and CSRF token the login form gave it. */
    private record FormSession(int port, String cookie, String csrf) {

        private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        static FormSession open(int port) throws IOException {
            RawHttp.Answer form = RawHttp.send(port, "GET /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n");
            Matcher token = TOKEN.matcher(form.body());
            assertThat(token.find()).as("the form's CSRF token").isTrue();
            return new FormSession(port, form.header("Set-Cookie").split(";")[0], token.group(1));
        }

        RawHttp.Answer signIn(String name, String password) throws IOException {
            String body = "username=" + encode(name) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
            return RawHttp.send(port, ("POST /login HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nCookie: "
                    + cookie + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                    + body.length() + "\r\nConnection: close\r\n\r\n" + body));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
