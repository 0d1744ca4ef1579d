package dev.sitrep.events;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/** Loads rows into a PostgreSQL table with COPY ... FROM STDIN in CSV form, within the current transaction. */
final class PostgresCopy {

    private final CopyManager copy;

    PostgresCopy(BaseConnection connection) throws SQLException {
        this.copy = new CopyManager(connection);
    }

    void rows(String table, List<String> columns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder csv = new StringBuilder(rows.size() * 128);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                append(csv, row[i]);
            }
            csv.append('\n');
        }
        try {
            copy.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)",
                    new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    /** CSV as COPY reads it: an unquoted empty field is NULL, so every text is quoted (and "" doubled). */
    private static void append(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number) {
            csv.append(value);
            return;
        }
        String text = value.toString();
        csv.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                csv.append('"');
            }
            csv.append(c);
        }
        csv.append('"');
    }
}
