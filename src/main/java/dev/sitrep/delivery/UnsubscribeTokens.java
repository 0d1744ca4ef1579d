package dev.sitrep.delivery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The token of an unsubscribe link: {@code <subscriber id>.<job>.<HMAC-SHA256 of both>}, base64url. It
 * needs no login because only Sitrep can sign it. The key is {@code sitrep.delivery.secret}, or else
 * one generated at first use and kept in the database's app_secret table, so that every node checks
 * what any node signed and links stay valid across restarts.
 */
@Component
class UnsubscribeTokens {

    private static final String SECRET_NAME = "unsubscribe-token-key";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String configured;
    private volatile byte[] key;

    UnsubscribeTokens(JdbcClient jdbc, Clock clock, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configured = settings.secret() == null || settings.secret().isBlank() ? null : settings.secret();
    }

    String sign(long subscriberId, String jobId) {
        String payload = subscriberId + "." + jobId;
        return payload + "." + B64.encodeToString(mac(payload));
    }

    /** The subscriber and job a token names, after checking its signature in constant time. */
    Signed verify(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[a-z0-9][a-z0-9-]*")) {
            throw new DeliveryException.BadToken("this unsubscribe link is incomplete or damaged; copy the whole "
                    + "link from the e-mail");
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            given = new byte[0];
        }
        if (!MessageDigest.isEqual(mac(parts[0] + "." + parts[1]), given)) {
            throw new DeliveryException.BadToken("this unsubscribe link was not issued by this Sitrep (its "
                    + "signature does not match)");
        }
        return new Signed(Long.parseLong(parts[0]), parts[1]);
    }

    record Signed(long subscriberId, String jobId) {
    }

    private byte[] mac(String payload) {
        return Signing.hmacSha256(key(), payload.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] key() {
        if (key == null) {
            key = (configured != null ? configured : stored()).getBytes(StandardCharsets.UTF_8);
        }
        return key;
    }

    /** The generated key; two nodes generating at once both end up with the one that was inserted first. */
    private String stored() {
        String found = read();
        if (found != null) {
            return found;
        }
        try {
            jdbc.sql("INSERT INTO app_secret (name, secret, created_at) VALUES (?, ?, ?)")
                    .params(SECRET_NAME, Signing.newSecret(""), java.sql.Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException lostTheRace) {
            // another node inserted its key first: use that one
        }
        return read();
    }

    private String read() {
        return jdbc.sql("SELECT secret FROM app_secret WHERE name = ?").param(SECRET_NAME).query(String.class)
                .optional().orElse(null);
    }
}
