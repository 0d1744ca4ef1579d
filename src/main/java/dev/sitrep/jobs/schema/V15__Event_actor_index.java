package dev.sitrep.jobs.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 11: a flash finds the events of one type that share an actor with the assessed event. The actors
 * are a JSON array in the revision's row, which no index of H2 can reach, so a read by type alone scanned a
 * type's whole window (57,000 rows for one type over 16 weeks of a million-event log) to keep 2,500. This
 * table holds one row per distinct actor name of each revision, indexed by (type, actor, month): that read
 * becomes a range scan of the few months it needs. The index stops at the month on purpose: within a
 * month its entries follow the insertion order, so an import appends to a few thousand index pages
 * instead of touching random ones (an index on the exact date made a million-event H2 import 3.4 times
 * slower). Existing revisions are indexed here; EventWriter writes the rows of new ones in the same
 * transaction as the revision (no foreign key: its check would cost every import a primary-key look-up
 * per actor). Plain JDBC, so the one migration serves H2 and PostgreSQL alike.
 */
public class V15__Event_actor_index extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 5_000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE event_actor_key (
                        event_type VARCHAR(100) NOT NULL,
                        actor      VARCHAR(300) NOT NULL,
                        occurred_month DATE         NOT NULL,
                        occurred   DATE         NOT NULL,
                        event_id   VARCHAR(200) NOT NULL,
                        revision   INTEGER      NOT NULL
                    )""");
            s.execute("CREATE INDEX event_actor_key_month ON event_actor_key (event_type, actor, occurred_month)");
        }
        try (Statement read = c.createStatement();
             PreparedStatement insert = c.prepareStatement("INSERT INTO event_actor_key "
                     + "(event_type, actor, occurred_month, occurred, event_id, revision) VALUES (?, ?, ?, ?, ?, ?)")) {
            read.setFetchSize(BATCH);
            int pending = 0;
            try (ResultSet rs = read.executeQuery(
                    "SELECT event_type, occurred, event_id, revision, actors FROM event_revision")) {
                while (rs.next()) {
                    for (String actor : names(rs.getString(5))) {
                        insert.setString(1, rs.getString(1));
                        insert.setString(2, actor);
                        java.time.LocalDate occurred = rs.getObject(2, java.time.LocalDate.class);
                        insert.setObject(3, occurred.withDayOfMonth(1));
                        insert.setObject(4, occurred);
                        insert.setString(5, rs.getString(3));
                        insert.setInt(6, rs.getInt(4));
                        insert.addBatch();
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static Set<String> names(String actorsJson) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode a : JSON.readTree(actorsJson)) {
            names.add(a.get("name").asString());
        }
        return names;
    }
}
