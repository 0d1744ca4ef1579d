package dev.sitrep.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Migrates only a schema that is behind. Flyway's own migrate scans every migration (three are Java classes) and
 * checks each one's checksum, a third of a read-only verb's start; one query on its history says whether the newest
 * migration this build ships has been applied. A test holds {@link #LATEST} to the newest migration Flyway finds.
 */
final class MigratedSchema implements FlywayMigrationStrategy {

    /** The newest migration's version (V19__edition_missing_since.sql). */
    static final String LATEST = "19";

    private final DataSource dataSource;

    MigratedSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(Flyway flyway) {
        if (!isCurrent(dataSource)) {
            flyway.migrate();
        }
    }

    /** Whether the newest migration has been applied, and nothing after it (a newer build's schema is checked in full). */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select \"version\", \"success\" from \"flyway_schema_history\" "
                     + "where \"version\" is not null order by \"installed_rank\" desc")) {
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && LATEST.equals(r.getString(1)) && r.getBoolean(2);
            }
        } catch (SQLException e) {
            return false; // no history table yet, or not readable: let Flyway say what it finds
        }
    }
}
