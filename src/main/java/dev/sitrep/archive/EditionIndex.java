package dev.sitrep.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The archive's index in the database: one row per (job, period, version), unique. */
class EditionIndex {

    private final JdbcClient jdbc;

    EditionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EditionVersion> latestPublished(String jobId, String period) {
        return jdbc.sql("""
                        SELECT * FROM edition_version WHERE job_id = ? AND period = ? AND state = 'PUBLISHED'
                        ORDER BY version DESC FETCH FIRST 1 ROWS ONLY""")
                .params(jobId, period).query(EditionIndex::version).optional();
    }

    /** Versions by job, period and version; null filters match all. Drafts are not editions: never listed here. Periods compare as text (YYYY-Www). */
    java.util.List<EditionVersion> list(String jobId, String fromPeriod, String toPeriod) {
        return jdbc.sql("""
                        SELECT * FROM edition_version
                        WHERE state NOT IN ('DRAFT', 'SENT_BACK', 'REPLACED')
                          AND (CAST(:job AS VARCHAR(100)) IS NULL OR job_id = :job)
                          AND (CAST(:from AS VARCHAR(50)) IS NULL OR period >= :from)
                          AND (CAST(:to AS VARCHAR(50)) IS NULL OR period <= :to)
                        ORDER BY job_id, period, version""")
                .param("job", jobId).param("from", fromPeriod).param("to", toPeriod)
                .query(EditionIndex::version).list();
    }

    Optional<EditionVersion> find(String jobId, String period, int version) {
        return jdbc.sql("SELECT * FROM edition_version WHERE job_id = ? AND period = ? AND version = ?")
                .params(jobId, period, version).query(EditionIndex::version).optional();
    }

    int count() {
        return jdbc.sql("SELECT COUNT(*) FROM edition_version").query(Integer.class).single();
    }

    java.util.Set<Integer> versions(String jobId, String period) {
        return new java.util.HashSet<>(jdbc.sql("SELECT version FROM edition_version WHERE job_id = ? AND period = ?")
                .params(jobId, period).query(Integer.class).list());
    }

    int highestVersion(String jobId, String period) {
        return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM edition_version WHERE job_id = ? AND period = ?")
                .params(jobId, period).query(Integer.class).single();
    }

    /** Claims version N; the unique key makes a second claim of the same N fail, whoever makes it. */
    long claim(String jobId, String period, int version, String contentHash, String inputsHash, Instant asOf,
               Path directory, Instant now) {
        return claim(EditionState.PUBLISHING, jobId, period, version, contentHash, inputsHash, asOf, directory, now);
    }

    long claim(EditionState state, String jobId, String period, int version, String contentHash, String inputsHash,
               Instant asOf, Path directory, Instant now) {
        try {
            jdbc.sql("""
                            INSERT INTO edition_version (job_id, period, version, state, content_hash, inputs_hash,
                              as_of, directory, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(jobId, period, version, state.name(), contentHash, inputsHash,
                            utc(asOf), directory.toString(), utc(now))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ArchiveException(jobId + " " + period + " v" + version
                    + " was published by another run at the same time; run again to publish the next version", e);
        }
        return jdbc.sql("SELECT id FROM edition_version WHERE job_id = ? AND period = ? AND version = ?")
                .params(jobId, period, version).query(Long.class).single();
    }

    /** Drafts and what became of them (sent back, replaced), newest first; null filters match all. */
    java.util.List<Reviewed> inReview(String jobId, String period) {
        return jdbc.sql("""
                        SELECT * FROM edition_version
                        WHERE state IN ('DRAFT', 'SENT_BACK', 'REPLACED')
                          AND (CAST(:job AS VARCHAR(100)) IS NULL OR job_id = :job)
                          AND (CAST(:period AS VARCHAR(50)) IS NULL OR period = :period)
                        ORDER BY job_id, period, version DESC""")
                .param("job", jobId).param("period", period).query(EditionIndex::reviewed).list();
    }

    Optional<Reviewed> reviewed(long id) {
        return jdbc.sql("SELECT * FROM edition_version WHERE id = ?").params(id).query(EditionIndex::reviewed).optional();
    }

    void relocate(long id, Path directory) {
        jdbc.sql("UPDATE edition_version SET directory = ? WHERE id = ?").params(directory.toString(), id).update();
    }

    /** Records a reviewer's decision on the row (approve or send back). */
    void decide(long id, String reviewer, Instant at, String comment) {
        jdbc.sql("UPDATE edition_version SET reviewed_by = ?, reviewed_at = ?, review_comment = ? WHERE id = ?")
                .params(reviewer, utc(at), comment, id).update();
    }

    void move(long id, EditionState from, EditionState to, String failure) {
        from.moveTo(to);
        int updated = jdbc.sql("UPDATE edition_version SET state = ?, failure = ? WHERE id = ? AND state = ?")
                .params(to.name(), failure, id, from.name()).update();
        if (updated != 1) {
            throw new ArchiveException("edition version " + id + " was not " + from + " when moving it to " + to);
        }
    }

    /**
     * Marks a version whose folder is gone as MISSING since {@code noticed}; false when it is no longer in
     * state {@code from} (pruned or superseded meanwhile by another process), so nothing was lost.
     */
    boolean markMissing(long id, EditionState from, Instant noticed) {
        from.moveTo(EditionState.MISSING);
        return jdbc.sql("UPDATE edition_version SET state = 'MISSING', missing_since = ? WHERE id = ? AND state = ?")
                .params(utc(noticed), id, from.name()).update() == 1;
    }

    /** A MISSING version whose folder is back: in state {@code to} again. */
    void restore(long id, EditionState to) {
        EditionState.MISSING.moveTo(to);
        int updated = jdbc.sql("UPDATE edition_version SET state = ?, missing_since = NULL WHERE id = ? AND state = 'MISSING'")
                .params(to.name(), id).update();
        if (updated != 1) {
            throw new ArchiveException("edition version " + id + " was not MISSING when restoring it as " + to);
        }
    }

    /** When a MISSING version's folder was found gone; empty for any other state. */
    Optional<Instant> missingSince(long id) {
        return jdbc.sql("SELECT missing_since FROM edition_version WHERE id = ? AND state = 'MISSING'").params(id)
                .query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    /** Every (job, period) with a version that has, or had, a folder in out/: the periods to reconcile. */
    java.util.List<String[]> periodsWithFolders() {
        return jdbc.sql("""
                        SELECT DISTINCT job_id, period FROM edition_version
                        WHERE state IN ('PUBLISHED', 'SUPERSEDED', 'MISSING') ORDER BY job_id, period""")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    private static EditionVersion version(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new EditionVersion(rs.getLong("id"), rs.getString("job_id"), rs.getString("period"),
                rs.getInt("version"), EditionState.valueOf(rs.getString("state")), rs.getString("content_hash"),
                rs.getString("inputs_hash"), rs.getObject("as_of", OffsetDateTime.class).toInstant(),
                Path.of(rs.getString("directory")));
    }

    private static Reviewed reviewed(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        OffsetDateTime at = rs.getObject("reviewed_at", OffsetDateTime.class);
        return new Reviewed(version(rs, row), rs.getString("reviewed_by"), at == null ? null : at.toInstant(),
                rs.getString("review_comment"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
