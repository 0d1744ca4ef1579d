package dev.sitrep.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import tools.jackson.databind.json.JsonMapper;

/** The flash_alert table: each grouped alert as it was sent, so that its deliveries can be sent again. */
final class FlashAlertStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One grouped alert: its text as e-mailed, and the events it lists as a JSON array. */
    record Alert(long id, String jobId, String origin, int matches, int unchecked, String subject, String body,
                 String eventsJson) {
    }

    private final JdbcClient jdbc;

    FlashAlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Alert insert(String jobId, String origin, List<FlashAlertText.Item> items, int unchecked, String subject,
                 String body, Instant now) {
        String events = JSON.writeValueAsString(items.stream().limit(FlashAlertText.LISTED).map(i -> java.util.Map.of(
                "id", i.eventId(), "date", i.date(), "where", i.where(), "summary", i.summary())).toList());
        String kept = origin.length() <= 2000 ? origin : origin.substring(0, 1997) + "...";
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO flash_alert (job_id, origin, matches, unchecked, subject, body, events, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(jobId, kept, items.size(), unchecked, subject, body, events, Timestamp.from(now))
                .update(key, "id");
        return new Alert(java.util.Objects.requireNonNull(key.getKey()).longValue(), jobId, kept, items.size(), unchecked,
                subject, body, events);
    }

    Optional<Alert> find(long id) {
        return jdbc.sql("SELECT id, job_id, origin, matches, unchecked, subject, body, events FROM flash_alert WHERE id = ?")
                .param(id).query((rs, n) -> new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getString(7), rs.getString(8))).optional();
    }
}
