package dev.sitrep.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Times {@code editions list} over an index of N versions: rows of a throwaway job are added to the
 * index (no folders: listing reads the index only), listed several times, and removed again.
 */
@Service
public class ArchiveBenchmark {

    static final String JOB = "bench-archive";

    private final JdbcTemplate jdbc;
    private final Editions editions;

    ArchiveBenchmark(JdbcTemplate jdbc, Editions editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    /** Milliseconds of each timed listing of all N versions (after one warm-up), and how many it listed. */
    public record Result(int listed, double[] millis) {
    }

    public Result run(int versions, int runs) {
        jdbc.update("DELETE FROM edition_version WHERE job_id = ?", JOB);
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < versions; i++) {
            int week = i / 4;
            String period = (2000 + week / 52) + "-W" + String.format(java.util.Locale.ROOT, "%02d", week % 52 + 1);
            int version = i % 4 + 1;
            String state = version == 4 ? "PUBLISHED" : "SUPERSEDED";
            rows.add(new Object[] {JOB, period, version, state, "0".repeat(64), "0".repeat(64), at,
                    "out/" + JOB + "/" + period + "/v" + version, at});
        }
        try {
            jdbc.batchUpdate("""
                    INSERT INTO edition_version (job_id, period, version, state, content_hash, inputs_hash, as_of,
                      directory, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
            int listed = 0;
            double[] millis = new double[runs];
            for (int r = -1; r < runs; r++) {
                long t0 = System.nanoTime();
                listed = editions.list(JOB, null, null).size();
                if (r >= 0) {
                    millis[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(millis);
            return new Result(listed, millis);
        } finally {
            jdbc.update("DELETE FROM edition_version WHERE job_id = ?", JOB);
        }
    }
}
