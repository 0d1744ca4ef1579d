package dev.sitrep.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The subscriber and subscription tables. */
final class SubscriberStore {

    private static final String SUBSCRIPTION = "SELECT r.email, s.job_id, s.format, s.flash, s.active, s.created_at "
            + "FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id ";

    private final JdbcClient jdbc;

    SubscriberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Subscriber> find(String email) {
        return jdbc.sql("SELECT id, email, name, status, created_at FROM subscriber WHERE email = ?").param(email)
                .query(SubscriberStore::subscriber).optional();
    }

    Optional<Subscriber> find(long id) {
        return jdbc.sql("SELECT id, email, name, status, created_at FROM subscriber WHERE id = ?").param(id)
                .query(SubscriberStore::subscriber).optional();
    }

    List<Subscriber> list() {
        return jdbc.sql("SELECT id, email, name, status, created_at FROM subscriber WHERE status <> 'removed' "
                + "ORDER BY email").query(SubscriberStore::subscriber).list();
    }

    void insert(String email, String name, Instant now) {
        jdbc.sql("INSERT INTO subscriber (email, name, status, created_at) VALUES (?, ?, 'active', ?)")
                .params(email, name, Timestamp.from(now)).update();
    }

    void setStatus(long id, String status) {
        jdbc.sql("UPDATE subscriber SET status = ? WHERE id = ?").params(status, id).update();
    }

    void rename(long id, String name) {
        jdbc.sql("UPDATE subscriber SET name = ? WHERE id = ?").params(name, id).update();
    }

    /** Subscribes, or changes the format of (and re-activates) an existing subscription. */
    void subscribe(long subscriberId, String jobId, String format, boolean flash, Instant now) {
        int updated = jdbc.sql("UPDATE subscription SET format = ?, flash = ?, active = TRUE "
                + "WHERE subscriber_id = ? AND job_id = ?").params(format, flash, subscriberId, jobId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO subscription (subscriber_id, job_id, format, flash, active, created_at) "
                    + "VALUES (?, ?, ?, ?, TRUE, ?)").params(subscriberId, jobId, format, flash, Timestamp.from(now))
                    .update();
        }
    }

    void setWebhook(long subscriberId, String jobId, String url, String secret) {
        jdbc.sql("UPDATE subscription SET webhook_url = ?, webhook_secret = ? WHERE subscriber_id = ? AND job_id = ?")
                .params(url, secret, subscriberId, jobId).update();
    }

    /** Returns whether an active subscription was cancelled. */
    boolean cancel(long subscriberId, String jobId) {
        return jdbc.sql("UPDATE subscription SET active = FALSE WHERE subscriber_id = ? AND job_id = ? AND active")
                .params(subscriberId, jobId).update() > 0;
    }

    void cancelAll(long subscriberId) {
        jdbc.sql("UPDATE subscription SET active = FALSE WHERE subscriber_id = ?").param(subscriberId).update();
    }

    List<Subscription> subscriptions(String jobId, String email) {
        return jdbc.sql(SUBSCRIPTION + "WHERE s.active AND (CAST(? AS VARCHAR(100)) IS NULL OR s.job_id = ?) "
                        + "AND (CAST(? AS VARCHAR(320)) IS NULL OR r.email = ?) ORDER BY s.job_id, r.email")
                .params(jobId, jobId, email, email).query(SubscriberStore::subscription).list();
    }

    private static Subscriber subscriber(ResultSet rs, int row) throws SQLException {
        return new Subscriber(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant());
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                rs.getBoolean(5), rs.getTimestamp(6).toInstant());
    }
}
