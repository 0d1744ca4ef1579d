package dev.sitrep.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rejected input, kept with its file, line, field, reason and raw text where a person can find it. */
class Quarantine {

    private final JdbcClient jdbc;
    private final Clock clock;

    Quarantine(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void keep(Rejection rejection, String raw) {
        jdbc.sql("""
                        INSERT INTO quarantine (rejected_at, file_name, line_number, field, reason, raw)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), rejection.file(),
                        rejection.line(), rejection.field(), rejection.reason(), raw)
                .update();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM quarantine").query(Integer.class).single();
    }
}
