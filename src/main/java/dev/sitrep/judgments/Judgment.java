package dev.sitrep.judgments;

import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an analyst's judgment: cited Markdown prose for a section of the assessment,
 * standing from period {@code from} until revised or ended ({@code until}, inclusive, may be null).
 */
public record Judgment(
        String id,
        int revision,
        Instant recorded,
        List<String> jobs,
        String section,
        String title,
        IsoWeek from,
        IsoWeek until,
        String confidence,
        String likelihood,
        String body) {

    public Judgment {
        jobs = List.copyOf(jobs);
    }

    public boolean standsIn(String jobId, IsoWeek period) {
        return jobs.contains(jobId) && from.compareTo(period) <= 0 && (until == null || until.compareTo(period) >= 0);
    }
}
