package dev.sitrep.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The delivery table. Every state change is a conditional UPDATE, so that of two processes working on
 * one version, exactly one claims each row and a row is never sent by both.
 */
final class DeliveryLog {

    // A delivery is of an edition version or of a grouped flash alert; an alert shows in the log as the
    // period flash-alert-<id>, version 0.
    private static final String JOB = "COALESCE(v.job_id, a.job_id)";
    private static final String PERIOD = "COALESCE(v.period, '" + FlashAlerts.PERIOD_PREFIX
            + "' || CAST(a.id AS VARCHAR(20)))";
    private static final String ENTRY = "SELECT d.id, " + JOB + ", " + PERIOD + ", COALESCE(v.version, 0), r.email, "
            + "d.format, d.status, d.attempts, d.last_error, d.message_id, d.created_at, d.updated_at, d.resend_of, "
            + "d.subscriber_id, s.webhook_url, s.webhook_secret, d.flash_alert_id "
            + "FROM delivery d LEFT JOIN edition_version v ON v.id = d.edition_version_id "
            + "LEFT JOIN flash_alert a ON a.id = d.flash_alert_id "
            + "JOIN subscriber r ON r.id = d.subscriber_id "
            + "LEFT JOIN subscription s ON s.subscriber_id = d.subscriber_id AND s.job_id = " + JOB + " ";

    /**
     * A row to send, with the subscriber it goes to and, for the webhook format, where and how to sign;
     * {@code alertId} is set when it is a grouped flash alert's.
     */
    record Row(DeliveryEntry entry, long subscriberId, String webhookUrl, String webhookSecret, Long alertId) {
    }

    private final JdbcClient jdbc;

    DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the pending first delivery of the version for every active subscription of its job that
     * has none yet; returns how many. The unique key (version, subscriber, 0) is the backstop: when
     * another node inserts the same rows at the same moment, the statement fails and is run again, and
     * then finds them present.
     */
    int claim(long versionId, String jobId, boolean flashOnly, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.sql("""
                        INSERT INTO delivery (edition_version_id, subscriber_id, format, status, attempts, created_at,
                                              updated_at, resend_number)
                        SELECT ?, s.subscriber_id, s.format, 'pending', 0, ?, ?, 0
                        FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id
                        WHERE s.job_id = ? AND s.active AND r.status = 'active' AND (s.flash OR ? = FALSE)
                          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.edition_version_id = ?
                                          AND d.subscriber_id = s.subscriber_id AND d.resend_number = 0)""")
                        .params(versionId, Timestamp.from(now), Timestamp.from(now), jobId, flashOnly, versionId).update();
            } catch (DuplicateKeyException raced) {
                if (attempt == 3) {
                    throw raced;
                }
            }
        }
    }

    /** Creates the pending delivery of the alert for every active subscription of its job opted into flash alerts. */
    int claimAlert(long alertId, String jobId, Instant now) {
        return jdbc.sql("""
                        INSERT INTO delivery (flash_alert_id, subscriber_id, format, status, attempts, created_at,
                                              updated_at, resend_number)
                        SELECT ?, s.subscriber_id, s.format, 'pending', 0, ?, ?, 0
                        FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id
                        WHERE s.job_id = ? AND s.active AND s.flash AND r.status = 'active'
                          AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.flash_alert_id = ?
                                          AND d.subscriber_id = s.subscriber_id AND d.resend_number = 0)""")
                .params(alertId, Timestamp.from(now), Timestamp.from(now), jobId, alertId).update();
    }

    /** The alert's deliveries still to send: pending, failed (not permanently), or left sending before staleBefore. */
    List<Row> alertToSend(long alertId, Instant staleBefore) {
        return jdbc.sql(ENTRY + "WHERE d.flash_alert_id = ? AND (d.status IN ('pending', 'failed') "
                        + "OR (d.status = 'sending' AND d.updated_at < ?)) ORDER BY d.id")
                .params(alertId, Timestamp.from(staleBefore)).query((rs, n) -> row(rs, n)).list();
    }

    /**
     * The next page of the version's deliveries still to send, after the row id {@code afterId}: pending,
     * failed (not permanently), or left sending by a process that died before {@code staleBefore}.
     */
    List<Row> toSend(long versionId, long afterId, int limit, Instant staleBefore) {
        return jdbc.sql(ENTRY + "WHERE d.edition_version_id = ? AND d.id > ? AND (d.status IN ('pending', 'failed') "
                        + "OR (d.status = 'sending' AND d.updated_at < ?)) ORDER BY d.id FETCH FIRST " + limit + " ROWS ONLY")
                .params(versionId, afterId, Timestamp.from(staleBefore))
                .query((rs, n) -> row(rs, n)).list();
    }

    /** Takes the row for sending; false when another process took it first. */
    boolean take(long id, String status, Instant updated, Instant now) {
        return jdbc.sql("UPDATE delivery SET status = 'sending', updated_at = ? WHERE id = ? AND status = ? "
                        + "AND updated_at = ?")
                .params(Timestamp.from(now), id, status, Timestamp.from(updated)).update() == 1;
    }

    /** Gives a taken row back, untried, to its status before. */
    void release(long id, String status, Instant now) {
        jdbc.sql("UPDATE delivery SET status = ?, updated_at = ? WHERE id = ? AND status = 'sending'")
                .params(status, Timestamp.from(now), id).update();
    }

    private void finish(long id, String status, int attempts, String error, String messageId, Instant now) {
        jdbc.sql("UPDATE delivery SET status = ?, attempts = ?, last_error = ?, message_id = ?, updated_at = ? "
                        + "WHERE id = ?")
                .params(status, attempts, error == null ? null : truncate(error), messageId, Timestamp.from(now), id)
                .update();
    }

    /** Marks an active subscriber bounced: their address was rejected permanently. */
    private void bounce(long subscriberId) {
        jdbc.sql("UPDATE subscriber SET status = 'bounced' WHERE id = ? AND status = 'active'").param(subscriberId)
                .update();
    }

    /**
     * Records a send's outcome on its row: sent (with the Message-ID, for e-mail), failed (to retry), or
     * refused for good, which also marks the subscriber bounced.
     */
    void record(Row row, MailSending.Result result, String messageId, Instant now) {
        DeliveryEntry d = row.entry();
        int attempts = d.attempts() + result.tries();
        switch (result.status()) {
            case SENT -> finish(d.id(), "sent", attempts, null, messageId, now);
            case PERMANENT -> {
                finish(d.id(), "permanent-failure", attempts, result.error(), null, now);
                bounce(row.subscriberId());
            }
            case FAILED -> finish(d.id(), "failed", attempts, result.error(), null, now);
        }
    }

    int countPendingOfAlert(long alertId) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE flash_alert_id = ? AND status = 'pending'")
                .param(alertId).query(Integer.class).single();
    }

    int countPending(long versionId) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_version_id = ? AND status = 'pending'")
                .param(versionId).query(Integer.class).single();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(ENTRY + "WHERE d.id = ?").param(id).query((rs, n) -> row(rs, n))
                .optional();
    }

    /** A new pending row repeating delivery {@code of}; returns its id. */
    long insertResend(long of, Instant now) {
        jdbc.sql("""
                INSERT INTO delivery (edition_version_id, flash_alert_id, subscriber_id, format, status, attempts,
                                      created_at, updated_at, resend_number, resend_of)
                SELECT d.edition_version_id, d.flash_alert_id, d.subscriber_id, d.format, 'pending', 0, ?, ?,
                       (SELECT MAX(x.resend_number) + 1 FROM delivery x WHERE x.subscriber_id = d.subscriber_id
                        AND (x.edition_version_id = d.edition_version_id OR x.flash_alert_id = d.flash_alert_id)), d.id
                FROM delivery d WHERE d.id = ?""").params(Timestamp.from(now), Timestamp.from(now), of).update();
        return jdbc.sql("SELECT MAX(id) FROM delivery WHERE resend_of = ?").param(of).query(Long.class).single();
    }

    /** The log, newest first; each filter may be null. */
    List<DeliveryEntry> list(String jobId, String period, Integer version, String status, int limit) {
        return jdbc.sql(ENTRY + "WHERE (CAST(? AS VARCHAR(100)) IS NULL OR " + JOB + " = ?) "
                        + "AND (CAST(? AS VARCHAR(210)) IS NULL OR " + PERIOD + " = ?) "
                        + "AND (CAST(? AS INTEGER) IS NULL OR COALESCE(v.version, 0) = ?) "
                        + "AND (CAST(? AS VARCHAR(20)) IS NULL OR d.status = ?) ORDER BY d.id DESC FETCH FIRST "
                        + limit + " ROWS ONLY")
                .params(jobId, jobId, period, period, version, version, status, status)
                .query(DeliveryLog::entry).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(entry(rs, n), rs.getLong(14), rs.getString(15), rs.getString(16), rs.getObject(17, Long.class));
    }

    private static DeliveryEntry entry(ResultSet rs, int row) throws SQLException {
        Long resendOf = rs.getObject(13, Long.class);
        return new DeliveryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(), resendOf);
    }

    private static String truncate(String s) {
        return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
}
