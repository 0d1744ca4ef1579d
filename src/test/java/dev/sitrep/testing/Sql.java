package dev.sitrep.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a database that Sitrep processes are writing, from outside them. Before the processes have
 * created their tables there is nothing to read: a query then gives null (or 0 for a count); any other
 * error is the test's own and fails it.
 */
public record Sql(String url) {

    public long count(String sql) {
        String value = text(sql);
        return value == null ? 0 : Long.parseLong(value);
    }

    public String text(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return null;
            }
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first two columns of each row, as key and number. */
    public Map<String, Long> rows(String sql) throws SQLException {
        Map<String, Long> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                result.put(r.getString(1), r.getLong(2));
            }
        }
        return result;
    }
}
