package dev.sitrep.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A webhook receiver for tests, on a free local port: keeps every POST and answers what {@code status} says. */
public final class TestWebhook {

    /** One POST as received: path, X-Sitrep-Delivery, X-Sitrep-Signature and the body's bytes. */
    public record Post(String path, String delivery, String signature, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** Whether the signature is the HMAC-SHA256 of "t.body" under {@code secret}, as a receiver checks it. */
        public boolean signedWith(String secret) {
            String[] parts = signature.split(",");
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                mac.update((parts[0].substring("t=".length()) + ".").getBytes(StandardCharsets.UTF_8));
                return parts[1].equals("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        public long time() {
            return Long.parseLong(signature.split(",")[0].substring("t=".length()));
        }
    }

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();

    private TestWebhook(ToIntFunction<String> status) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            posts.add(new Post(path, exchange.getRequestHeaders().getFirst("X-Sitrep-Delivery"),
                    exchange.getRequestHeaders().getFirst("X-Sitrep-Signature"), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(status.applyAsInt(path), -1);
            exchange.close();
        });
        server.start();
    }

    /** Answers 204 to everything. */
    public static TestWebhook start() {
        return new TestWebhook(path -> 204);
    }

    /** Answers {@code status.applyAsInt(path)}. */
    public static TestWebhook start(ToIntFunction<String> status) {
        return new TestWebhook(status);
    }

    /** The base URL, without a trailing slash. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Post> posts() {
        return posts;
    }

    public void stop() {
        server.stop(0);
    }
}
