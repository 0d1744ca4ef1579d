package dev.sitrep.web.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The users kept in the database ({@code sitrep users ...}); passwords are stored only as bcrypt hashes. */
@Component
public class Users {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final Clock clock;

    Users(JdbcClient jdbc, PasswordEncoder encoder, SecuritySettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
    }

    /** Adds a user; the password array is wiped once hashed, so it lingers in memory no longer than needed. */
    public UserAccount add(String name, char[] password, Collection<Role> roles) {
        try {
            if (!isValidName(name)) {
                throw new AccountException("'" + name + "' is not a user name: use letters, digits, '.', '_', '@' "
                        + "and '-' (at most 100)");
            }
            if (roles.isEmpty()) {
                throw new AccountException("give user '" + name + "' at least one --role " + List.of(Role.values()));
            }
            if (password.length < MIN_PASSWORD_LENGTH) {
                throw new AccountException("the password is too short: use at least " + MIN_PASSWORD_LENGTH
                        + " characters");
            }
            if (settings.users().stream().anyMatch(u -> u.name().equals(name))) {
                throw new AccountException("user '" + name + "' is defined in configuration (sitrep.security.users); "
                        + "change it there");
            }
            if (find(name).isPresent()) {
                throw new AccountException("user '" + name + "' exists already; remove it first to replace it");
            }
            Instant now = clock.instant();
            jdbc.sql("INSERT INTO app_user (name, password_hash, roles, enabled, created_at) VALUES (?, ?, ?, TRUE, ?)")
                    .params(name, encoder.encode(java.nio.CharBuffer.wrap(password)), Role.join(roles),
                            Timestamp.from(now))
                    .update();
            return new UserAccount(name, java.util.Set.copyOf(roles), true, now);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public List<UserAccount> list() {
        return jdbc.sql("SELECT name, roles, enabled, created_at FROM app_user ORDER BY name")
                .query((rs, i) -> new UserAccount(rs.getString(1), Role.split(rs.getString(2)), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public void remove(String name) {
        if (jdbc.sql("DELETE FROM app_user WHERE name = ?").param(name).update() == 0) {
            throw new AccountException("no user '" + name + "' in the database (`sitrep users list` shows them"
                    + (settings.users().stream().anyMatch(u -> u.name().equals(name))
                    ? "; this one is defined in configuration, sitrep.security.users)" : ")"));
        }
    }

    Optional<UserAccount> find(String name) {
        return jdbc.sql("SELECT name, roles, enabled, created_at FROM app_user WHERE name = ?").param(name)
                .query((rs, i) -> new UserAccount(rs.getString(1), Role.split(rs.getString(2)), rs.getBoolean(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    Optional<String> passwordHash(String name) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE name = ?").param(name).query(String.class).optional();
    }

    static boolean isValidName(String name) {
        return name != null && name.matches("[A-Za-z0-9._@-]{1,100}");
    }
}
