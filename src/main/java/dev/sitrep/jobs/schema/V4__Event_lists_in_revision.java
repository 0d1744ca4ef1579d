package dev.sitrep.jobs.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps an event revision's actors, tags and source keys in the revision's own row, as JSON arrays,
 * instead of three child tables: one row written per event instead of about five is what lets an import
 * reach tens of thousands of events a second. Existing child rows are carried over, then dropped.
 * Plain JDBC, so the one migration serves H2 and PostgreSQL alike.
 */
public class V4__Event_lists_in_revision extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE event_revision ADD COLUMN actors VARCHAR NOT NULL DEFAULT '[]'");
            s.execute("ALTER TABLE event_revision ADD COLUMN tags VARCHAR NOT NULL DEFAULT '[]'");
            s.execute("ALTER TABLE event_revision ADD COLUMN source_keys VARCHAR NOT NULL DEFAULT '[]'");
        }
        carryOver(c, "SELECT event_id, revision, name, role FROM event_actor ORDER BY event_id, revision, position",
                "actors", rs -> {
                    Map<String, String> actor = new LinkedHashMap<>();
                    actor.put("name", rs.getString(3));
                    actor.put("role", rs.getString(4));
                    return actor;
                });
        carryOver(c, "SELECT event_id, revision, tag FROM event_tag ORDER BY event_id, revision, tag", "tags",
                rs -> rs.getString(3));
        carryOver(c, "SELECT event_id, revision, source_key FROM event_source ORDER BY event_id, revision, position",
                "source_keys", rs -> rs.getString(3));
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE event_actor");
            s.execute("DROP TABLE event_tag");
            s.execute("DROP TABLE event_source");
        }
    }

    private interface Item {
        Object read(ResultSet rs) throws SQLException;
    }

    private static void carryOver(Connection c, String select, String column, Item item) throws SQLException {
        Map<String, List<Object>> lists = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
            while (rs.next()) {
                lists.computeIfAbsent(rs.getString(1) + "\u0000" + rs.getInt(2), k -> new ArrayList<>()).add(item.read(rs));
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE event_revision SET " + column + " = ? WHERE event_id = ? AND revision = ?")) {
            for (Map.Entry<String, List<Object>> e : lists.entrySet()) {
                String[] key = e.getKey().split("\u0000");
                update.setString(1, JSON.writeValueAsString(e.getValue()));
                update.setString(2, key[0]);
                update.setInt(3, Integer.parseInt(key[1]));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
