package dev.sitrep.judgments;

import dev.sitrep.core.About;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an analyst's judgment: cited Markdown prose for a section of the assessment,
 * standing from period {@code from} until revised or ended ({@code until}, inclusive, may be null).
 * {@code revised} is the first period a revision's wording stands in: earlier editions keep the
 * wording they had, and the edition can say "revised in 2025-W47" from the content alone.
 * {@code about} (may be null) names the scenario or series condition its likelihood speaks about.
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
        IsoWeek reviewBy,
        IsoWeek revised,
        String confidence,
        String likelihood,
        List<String> actors,
        List<String> places,
        List<String> tags,
        String body,
        About about) {

    public Judgment {
        jobs = List.copyOf(jobs);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
    }

    public Judgment(String id, int revision, Instant recorded, List<String> jobs, String section, String title,
                    IsoWeek from, IsoWeek until, IsoWeek reviewBy, IsoWeek revised, String confidence,
                    String likelihood, List<String> actors, List<String> places, List<String> tags, String body) {
        this(id, revision, recorded, jobs, section, title, from, until, reviewBy, revised, confidence, likelihood,
                actors, places, tags, body, null);
    }

    Judgment withRevision(int number) {
        return new Judgment(id, number, recorded, jobs, section, title, from, until, reviewBy, revised, confidence,
                likelihood, actors, places, tags, body, about);
    }

    /** The first period this revision's wording stands in. */
    public IsoWeek effectiveFrom() {
        return revised != null && revised.compareTo(from) > 0 ? revised : from;
    }

    /** A withdrawal: a revision that takes effect after its own last period (front matter {@code withdrawn}). */
    public boolean withdrawn() {
        return until != null && effectiveFrom().compareTo(until) > 0;
    }

    public boolean standsIn(String jobId, IsoWeek period) {
        return jobs.contains(jobId) && from.compareTo(period) <= 0 && (until == null || until.compareTo(period) >= 0);
    }

    /** What the edition of {@code period} says about this judgment: new, revised (since when), or unchanged. */
    public String statusIn(IsoWeek period) {
        if (revision > 1 && effectiveFrom().compareTo(from) > 0) {
            return effectiveFrom().equals(period) ? "Revised this period; stands since " + from + "."
                    : "Revised in " + effectiveFrom() + "; stands since " + from + ".";
        }
        return from.equals(period) ? "New this period." : "Unchanged since " + from + ".";
    }

    /** Past its review-by week on {@code today}, and still standing then. */
    public boolean dueForReview(IsoWeek current) {
        return reviewBy != null && reviewBy.compareTo(current) < 0 && (until == null || until.compareTo(current) >= 0);
    }
}
