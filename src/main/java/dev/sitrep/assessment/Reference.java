package dev.sitrep.assessment;

import java.time.LocalDate;

/**
 * A bibliography entry the assessment cites. {@code key} is what prose cites as {@code [@key]};
 * {@code kind} is a CSL item type (article-newspaper, article-journal, webpage, report, post, dataset ...).
 * {@code volume}, {@code issue} and {@code pages} locate an article in its journal; {@code publishedPrecision}
 * is "year" or "month" when only that much of {@code published} is known (null: the day).
 * Optional fields are null when the source does not give them.
 */
public record Reference(
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

    /** A reference dated to the day (or undated), without volume, issue or pages. */
    public Reference(String key, String kind, String publisher, String title, String author, String url,
                     LocalDate published, LocalDate accessed) {
        this(key, kind, publisher, title, author, url, published, accessed, null, null, null, null);
    }
}
