package dev.sitrep.delivery;

import java.util.List;

/**
 * The grouped alert of one import for one job: the subject and the plain text listing the matching
 * events (the first {@value #LISTED} of them) and how to assess each, so that a backfill of hundreds
 * makes one message, not hundreds.
 */
public final class FlashAlertText {

    static final int LISTED = 50;

    /** One matching event as the alert lists it. */
    public record Item(String eventId, String date, String where, String summary) {
    }

    private FlashAlertText() {
    }

    static String subject(String jobTitle, int matches) {
        return jobTitle + " — flash alert: " + matches + " new matching event" + (matches == 1 ? "" : "s");
    }

    static String body(String jobId, String origin, List<Item> items, int limit, int unchecked) {
        StringBuilder text = new StringBuilder();
        text.append("An import (").append(origin).append(") logged ").append(items.size())
                .append(" new events that match the flash rule of ").append(jobId).append(items.size() > limit
                        ? ", more than its limit of " + limit + " flash assessments per import"
                        : " among those listed for flash rules").append(", so none was assessed automatically.\n\n");
        items.stream().limit(LISTED).forEach(i -> text.append("- ").append(i.date()).append(" ").append(i.where())
                .append(" (").append(i.eventId()).append("): ").append(i.summary()).append("\n"));
        if (items.size() > LISTED) {
            text.append("- and ").append(items.size() - LISTED).append(" more\n");
        }
        if (unchecked > 0) {
            text.append("\n").append(unchecked).append(" further events of the import were not checked against the rule ")
                    .append("(an import lists at most 10,000 for flash rules).\n");
        }
        text.append("\nTo assess one: sitrep assess <event id> --job ").append(jobId)
                .append(" (or POST /api/assessments {\"eventId\": ..., \"job\": \"").append(jobId).append("\"}).\n");
        return text.toString();
    }
}
