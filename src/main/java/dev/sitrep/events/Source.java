package dev.sitrep.events;

import java.time.LocalDate;
import java.util.Set;

/**
 * A bibliography entry; {@code key} identifies it however many events cite it, and {@code kind} is its CSL
 * item type. A journal article or a report may also say where it sits in its journal or series
 * ({@code volume}, {@code issue}, {@code pages}); {@code publishedPrecision} says how much of {@code published}
 * is known, "year" or "month" (null: the day), so that an article of 2013 is never cited as of 1 January 2013.
 * Optional fields are null when the source does not give them.
 */
public record Source(
        String key,
        String kind,
        String publisher,
        String title,
        String author,
        String url,
        LocalDate published,
        LocalDate accessed,
        String volume,
        String issue,
        String pages,
        String publishedPrecision) {

    public static final Set<String> PRECISIONS = Set.of("year", "month");

    public Source {
        if (publishedPrecision != null && !PRECISIONS.contains(publishedPrecision)) {
            throw new IllegalArgumentException("a source's published date is known to the year or the month, or "
                    + "else to the day (no precision), not '" + publishedPrecision + "'");
        }
        // One form per date, so that the same source read back from the log is equal to itself.
        if (published != null && "year".equals(publishedPrecision)) {
            published = published.withDayOfYear(1);
        } else if (published != null && "month".equals(publishedPrecision)) {
            published = published.withDayOfMonth(1);
        }
    }

    /** A source dated to the day (or undated), without volume, issue or pages: what most reports are. */
    public Source(String key, String kind, String publisher, String title, String author, String url,
                  LocalDate published, LocalDate accessed) {
        this(key, kind, publisher, title, author, url, published, accessed, null, null, null, null);
    }
}
