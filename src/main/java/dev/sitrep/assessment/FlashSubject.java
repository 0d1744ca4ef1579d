package dev.sitrep.assessment;

import java.time.LocalDate;

/**
 * What makes an assessment a flash: the one event it assesses (at the revision read), whether that
 * revision withdraws it, and where it sits in its pattern: what counts as related, the first day of the
 * window searched, its place among the related events of that window (1-based) and how many there are.
 */
public record FlashSubject(
        String eventId,
        int revision,
        boolean withdrawn,
        String relatedBy,
        LocalDate since,
        int ordinal,
        int relatedCount) {

    /** The edition name of a flash: {@code flash-<event id>}, next to ISO weeks under the job. */
    public static String editionOf(String eventId) {
        return "flash-" + eventId;
    }
}
