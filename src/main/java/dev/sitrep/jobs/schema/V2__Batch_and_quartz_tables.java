package dev.sitrep.jobs.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Creates the Spring Batch and Quartz tables from the DDL their own jars ship, so the schema always
 * matches the library version. Quartz's script begins with DROPs: harmless here, where Flyway runs it
 * exactly once on an empty schema, but never to be run at start-up.
 */
public class V2__Batch_and_quartz_tables extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Dialect dialect = Dialect.of(connection);
        run(connection, "org/springframework/batch/core/schema-" + dialect.batchSuffix + ".sql");
        run(connection, "org/quartz/impl/jdbcjobstore/tables_" + dialect.quartzSuffix + ".sql");
    }

    /** Quartz's PostgreSQL script ends in COMMIT, which would end Flyway's transaction early: left out. */
    private static void run(Connection connection, String classpathScript) throws SQLException {
        try {
            String sql = new ClassPathResource(classpathScript).getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?im)^\\s*COMMIT\\s*;\\s*$", "");
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("cannot read " + classpathScript + " from the classpath", e);
        }
    }

    private enum Dialect {
        H2("h2", "h2"),
        POSTGRESQL("postgresql", "postgres");

        final String batchSuffix;
        final String quartzSuffix;

        Dialect(String batchSuffix, String quartzSuffix) {
            this.batchSuffix = batchSuffix;
            this.quartzSuffix = quartzSuffix;
        }

        static Dialect of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> H2;
                case "PostgreSQL" -> POSTGRESQL;
                default -> throw new SQLException("Sitrep supports H2 and PostgreSQL, not " + product);
            };
        }
    }
}
