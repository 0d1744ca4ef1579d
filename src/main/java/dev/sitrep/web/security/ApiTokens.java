package dev.sitrep.web.security;

import dev.sitrep.core.Sha256;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens for machines ({@code Authorization: Bearer sitrep_...}). A token is 32 random bytes; only
 * its SHA-256 is stored, so the database cannot give a token away and the token is shown once, when made.
 */
@Component
public class ApiTokens {

    static final String PREFIX = "sitrep_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String COLUMNS = "id, name, roles, created_at, last_used_at, revoked_at";

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedToken create(String name, Collection<Role> roles) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new AccountException("give the token a --name of 1 to 100 characters saying who uses it");
        }
        if (roles.isEmpty()) {
            throw new AccountException("give the token at least one --role " + List.of(Role.values()));
        }
        byte[] id = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken stored = new ApiToken("tok-" + HexFormat.of().formatHex(id), name.strip(), java.util.Set.copyOf(roles),
                clock.instant(), null, null);
        jdbc.sql("INSERT INTO api_token (id, name, roles, token_sha256, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(stored.id(), stored.name(), Role.join(stored.roles()), Sha256.hex(token),
                        Timestamp.from(stored.created()))
                .update();
        return new IssuedToken(stored, token);
    }

    public List<ApiToken> list() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token ORDER BY created_at, id").query(ApiTokens::row).list();
    }

    public ApiToken revoke(String id) {
        Instant now = clock.instant();
        jdbc.sql("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(now), id).update();
        return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = ?").param(id).query(ApiTokens::row)
                .optional().orElseThrow(() -> new AccountException("no API token '" + id
                        + "' (`sitrep tokens list` shows their ids)"));
    }

    /** The stored token for a presented one, revoked or not; its use is recorded when it is live. */
    Optional<ApiToken> lookup(String presented) {
        Optional<ApiToken> token = jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_sha256 = ?")
                .param(Sha256.hex(presented)).query(ApiTokens::row).optional();
        token.filter(t -> !t.isRevoked()).ifPresent(t -> jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(clock.instant()), t.id()).update());
        return token;
    }

    private static ApiToken row(ResultSet rs, int i) throws SQLException {
        return new ApiToken(rs.getString(1), rs.getString(2), Role.split(rs.getString(3)), instant(rs, 4),
                instant(rs, 5), instant(rs, 6));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
