package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** A read-only verb skips Flyway's scan only where the newest migration this build ships has been applied. */
class MigratedSchemaTest {

    private static JdbcDataSource database(String name) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        return h2;
    }

    private static Flyway flyway(JdbcDataSource h2) {
        return Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .load();
    }

    @Test
    void latestIsTheNewestMigrationFlywayFinds() {
        JdbcDataSource h2 = database("schema-latest");
        Flyway flyway = flyway(h2);
        assertThat(MigratedSchema.isCurrent(h2)).as("an empty database").isFalse();

        flyway.migrate();

        // Fails when a migration is added and LATEST is not moved with it.
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(MigratedSchema.LATEST);
        assertThat(MigratedSchema.isCurrent(h2)).isTrue();
    }

    @Test
    void aSchemaBehindIsMigratedByTheStrategy() {
        JdbcDataSource h2 = database("schema-behind");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .target("18").load().migrate();
        assertThat(MigratedSchema.isCurrent(h2)).isFalse();

        new MigratedSchema(h2).migrate(flyway(h2));

        assertThat(MigratedSchema.isCurrent(h2)).isTrue();
        assertThat(flyway(h2).info().pending()).isEmpty();
    }
}
