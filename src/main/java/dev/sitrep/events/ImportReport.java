package dev.sitrep.events;

import java.util.List;

/**
 * What an import did: every row read is counted as exactly one of imported, revised, unchanged or
 * rejected. {@code rejections} lists the first of them; the quarantine keeps all.
 */
public record ImportReport(String file, String format, int read, int imported, int revised, int unchanged,
                           int rejected, List<Rejection> rejections,
                           boolean dryRun,
                           @com.fasterxml.jackson.annotation.JsonIgnore List<String> storedEventIds,
                           @com.fasterxml.jackson.annotation.JsonIgnore int unlistedEvents) {

    /** At most this many ids of stored events are listed (for flash triggers); the rest are only counted. */
    public static final int LISTED_EVENTS = 10_000;

    public ImportReport {
        rejections = List.copyOf(rejections);
        storedEventIds = List.copyOf(storedEventIds);
    }

    public ImportReport(String file, String format, int read, int imported, int revised, int unchanged,
                        int rejected, List<Rejection> rejections, boolean dryRun) {
        this(file, format, read, imported, revised, unchanged, rejected, rejections, dryRun, List.of(), 0);
    }

    /** The counts in one line, e.g. "read 175, imported 175, revised 0, unchanged 0, rejected 0". */
    public String counts() {
        return String.format("read %d, imported %d, revised %d, unchanged %d, rejected %d%s", read,
                imported, revised, unchanged, rejected(), dryRun ? " (dry run: nothing stored)" : "");
    }
}
