package dev.sitrep.assessment;

import java.time.LocalDate;

/**
 * A bibliography entry the assessment cites. {@code key} is what prose cites as {@code [@key]};
 * {@code kind} is a CSL item type (article-newspaper, webpage, report, post, motion_picture ...).
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
        LocalDate accessed) {
}
