package dev.sitrep.judgments;

import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Append-only judgment revisions in the database. */
class JudgmentStore {

    private final JdbcClient jdbc;

    JudgmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> latest(String id) {
        return jdbc.sql("""
                        SELECT revision, content_hash FROM judgment_revision WHERE judgment_id = ?
                        ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY""")
                .param(id).query((rs, n) -> new Stored(rs.getInt(1), rs.getString(2))).optional();
    }

    void insert(Judgment j, String contentHash) {
        jdbc.sql("""
                        INSERT INTO judgment_revision (judgment_id, revision, recorded_at, jobs, section, title,
                          from_period, until_period, confidence, likelihood, body, content_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(j.id(), j.revision(), OffsetDateTime.ofInstant(j.recorded(), ZoneOffset.UTC),
                        String.join(",", j.jobs()), j.section(), j.title(), j.from().toString(),
                        j.until() == null ? null : j.until().toString(), j.confidence(), j.likelihood(), j.body(),
                        contentHash)
                .update();
    }

    /** The latest revision of each judgment recorded by {@code asOf}, ordered by id. */
    List<Judgment> latestAsOf(Instant asOf) {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
        return jdbc.sql("""
                        SELECT * FROM judgment_revision r WHERE r.recorded_at <= ?
                          AND r.revision = (SELECT MAX(l.revision) FROM judgment_revision l
                                            WHERE l.judgment_id = r.judgment_id AND l.recorded_at <= ?)
                        ORDER BY r.judgment_id""")
                .params(cutoff, cutoff)
                .query((rs, n) -> new Judgment(rs.getString("judgment_id"), rs.getInt("revision"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        Arrays.asList(rs.getString("jobs").split(",")), rs.getString("section"),
                        rs.getString("title"), IsoWeek.parse(rs.getString("from_period")),
                        rs.getString("until_period") == null ? null : IsoWeek.parse(rs.getString("until_period")),
                        rs.getString("confidence"), rs.getString("likelihood"), rs.getString("body")))
                .list().stream()
                // By id in Java: the database's collation must not decide the order of passages.
                .sorted(java.util.Comparator.comparing(Judgment::id))
                .toList();
    }

    record Stored(int revision, String contentHash) {
    }
}
