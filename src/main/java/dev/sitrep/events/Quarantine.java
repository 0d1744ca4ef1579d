package dev.sitrep.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rejected input, kept with its file, line, field, reason and raw text where a person can find it. */
class Quarantine {

    static final int RAW_LIMIT = 1_000_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    Quarantine(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void keep(Rejection rejection, String format, String raw) {
        jdbc.sql("""
                        INSERT INTO quarantine (rejected_at, file_name, line_number, field, field_value, reason,
                          import_format, raw)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), rejection.file(),
                        rejection.line(), rejection.field(), rejection.value(), rejection.reason(), format, cut(raw))
                .update();
    }

    /** A row over a million characters (a runaway field) is kept cut, saying how much was left out. */
    static String cut(String raw) {
        if (raw == null || raw.length() <= RAW_LIMIT) {
            return raw;
        }
        String note = " … [cut: " + (raw.length() - RAW_LIMIT) + " more characters]";
        return raw.substring(0, RAW_LIMIT - note.length()) + note;
    }

    /** The rejections kept, newest first, optionally of one file only. */
    java.util.List<Rejection> list(String file, int limit) {
        return jdbc.sql("SELECT file_name, line_number, field, reason, field_value FROM quarantine"
                        + (file == null ? "" : " WHERE file_name = :file") + " ORDER BY id DESC FETCH FIRST "
                        + limit + " ROWS ONLY")
                .params(file == null ? java.util.Map.of() : java.util.Map.of("file", file))
                .query((rs, n) -> new Rejection(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** As {@link #list}, each with the raw text kept, so that a person can fix the row. */
    java.util.List<Quarantined> listWithText(String file, int limit) {
        return jdbc.sql("SELECT file_name, line_number, field, reason, field_value, raw FROM quarantine"
                        + (file == null ? "" : " WHERE file_name = :file") + " ORDER BY id DESC FETCH FIRST "
                        + limit + " ROWS ONLY")
                .params(file == null ? java.util.Map.of() : java.util.Map.of("file", file))
                .query((rs, n) -> new Quarantined(new Rejection(rs.getString(1), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), rs.getString(6)))
                .list();
    }

    java.util.List<Rejection> between(java.time.Instant from, java.time.Instant to, int limit) {
        return jdbc.sql("SELECT file_name, line_number, field, reason, field_value FROM quarantine"
                        + " WHERE rejected_at >= ? AND rejected_at < ? ORDER BY id FETCH FIRST " + limit + " ROWS ONLY")
                .params(utc(from), utc(to))
                .query((rs, n) -> new Rejection(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    int countBetween(java.time.Instant from, java.time.Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM quarantine WHERE rejected_at >= ? AND rejected_at < ?")
                .params(utc(from), utc(to)).query(Integer.class).single();
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
