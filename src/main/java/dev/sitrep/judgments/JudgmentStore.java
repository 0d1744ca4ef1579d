package dev.sitrep.judgments;

import dev.sitrep.core.About;
import dev.sitrep.core.IsoWeek;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Append-only judgment revisions in the database. */
class JudgmentStore {

    /** Names may hold commas ("Damascus, Syria"), never a line break: the parser refuses those. */
    private static final String NAMES = "\n";

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

    /** The content hash of each revision, oldest first. */
    List<String> hashes(String id) {
        return jdbc.sql("SELECT content_hash FROM judgment_revision WHERE judgment_id = ? ORDER BY revision")
                .param(id).query(String.class).list();
    }

    void insert(Judgment j, String contentHash) {
        jdbc.sql("""
                        INSERT INTO judgment_revision (judgment_id, revision, recorded_at, jobs, section, title,
                          from_period, until_period, confidence, likelihood, body, content_hash, review_by,
                          revised_period, actors, places, tags, about)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(j.id(), j.revision(), OffsetDateTime.ofInstant(j.recorded(), ZoneOffset.UTC),
                        String.join(",", j.jobs()), j.section(), j.title(), j.from().toString(), text(j.until()),
                        j.confidence(), j.likelihood(), j.body(), contentHash, text(j.reviewBy()),
                        text(j.revised()), String.join(NAMES, j.actors()), String.join(NAMES, j.places()),
                        String.join(NAMES, j.tags()), j.about() == null ? null : j.about().stored())
                .update();
    }

    /** Every revision recorded by {@code asOf}, by id then revision. */
    List<Judgment> revisionsAsOf(Instant asOf) {
        return jdbc.sql("SELECT * FROM judgment_revision WHERE recorded_at <= ?")
                .param(OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC))
                .query(JudgmentStore::judgment).list().stream()
                // In Java: the database's collation must not decide the order of passages.
                .sorted(Comparator.comparing(Judgment::id).thenComparing(Judgment::revision))
                .toList();
    }

    /** Every revision of one judgment, oldest first. */
    List<Judgment> revisions(String id) {
        return jdbc.sql("SELECT * FROM judgment_revision WHERE judgment_id = ? ORDER BY revision")
                .param(id).query(JudgmentStore::judgment).list();
    }

    private static Judgment judgment(ResultSet rs, int n) throws SQLException {
        return new Judgment(rs.getString("judgment_id"), rs.getInt("revision"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                Arrays.asList(rs.getString("jobs").split(",")), rs.getString("section"), rs.getString("title"),
                IsoWeek.parse(rs.getString("from_period")), week(rs.getString("until_period")),
                week(rs.getString("review_by")), week(rs.getString("revised_period")), rs.getString("confidence"),
                rs.getString("likelihood"), names(rs.getString("actors")), names(rs.getString("places")),
                names(rs.getString("tags")), rs.getString("body"), About.parse(rs.getString("about")));
    }

    private static String text(IsoWeek week) {
        return week == null ? null : week.toString();
    }

    private static IsoWeek week(String text) {
        return text == null ? null : IsoWeek.parse(text);
    }

    private static List<String> names(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(NAMES));
    }

    record Stored(int revision, String contentHash) {
    }
}
