package dev.sitrep.jobs.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A log written before V15 gets its actor keys: one per distinct actor name of every revision. */
class EventActorIndexMigrationTest {

    @Test
    void existingRevisionsAreKeyedByTypeActorAndDate() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:actor-key-migration;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .target("14").load().migrate();
        JdbcClient jdbc = JdbcClient.create(db);
        insert(jdbc, "old-1", 1, "[{\"name\":\"Russian Armed Forces\",\"role\":\"side-a\"},"
                + "{\"name\":\"Russian Armed Forces\",\"role\":\"side-b\"},{\"name\":\"HTS\",\"role\":\"side-b\"}]");
        insert(jdbc, "old-1", 2, "[{\"name\":\"HTS\",\"role\":\"side-a\"}]");
        insert(jdbc, "old-2", 1, "[]");

        Flyway.configure().dataSource(db).locations("classpath:db/migration", "classpath:dev/sitrep/jobs/schema")
                .load().migrate();

        List<Map<String, Object>> keys = jdbc.sql(
                "SELECT event_type, actor, occurred, event_id, revision FROM event_actor_key ORDER BY event_id, revision, actor")
                .query().listOfRows();
        assertThat(keys).extracting(k -> k.get("EVENT_ID") + " r" + k.get("REVISION") + " " + k.get("ACTOR"))
                .containsExactly("old-1 r1 HTS", "old-1 r1 Russian Armed Forces", "old-1 r2 HTS");
        assertThat(keys).allSatisfy(k -> {
            assertThat(k.get("EVENT_TYPE")).isEqualTo("military-movement");
            assertThat(k.get("OCCURRED").toString()).isEqualTo("2025-11-26");
        });
    }

    private static void insert(JdbcClient jdbc, String id, int revision, String actors) {
        jdbc.sql("""
                INSERT INTO event_revision (event_id, revision, recorded_at, occurred, date_precision, event_type,
                    country, summary, origin, content_hash, actors)
                VALUES (?, ?, TIMESTAMP WITH TIME ZONE '2025-11-27 08:00:00+00', DATE '2025-11-26', 'day',
                    'military-movement', 'Syria', 'A convoy.', 'test', ?, ?)""")
                .params(id, revision, id + revision, actors).update();
    }
}
