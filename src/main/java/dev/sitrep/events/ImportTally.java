package dev.sitrep.events;

import java.util.ArrayList;
import java.util.List;

/** The running count of one import: every row read ends up in exactly one of the other counts. */
final class ImportTally {

    /** The report lists this many rejections; all of them are in the quarantine. */
    static final int REPORTED_REJECTIONS = 1_000;

    final String file;
    final String format;
    final boolean dryRun;
    /** In a dry run only: the sources the import would have added so far. */
    final java.util.Map<String, Source> pendingSources = new java.util.HashMap<>();
    private final List<Rejection> rejections = new ArrayList<>();
    /** The events this import stored a new revision of (new ones and revisions), up to the report's limit. */
    private final List<String> stored = new ArrayList<>();
    private int unlisted;
    int read;
    int imported;
    int revised;
    int unchanged;
    private int rejectedCount;

    ImportTally(String file, String format, boolean dryRun) {
        this.file = file;
        this.format = format;
        this.dryRun = dryRun;
    }

    void rejected(Rejection rejection) {
        rejectedCount++;
        if (rejections.size() < REPORTED_REJECTIONS) {
            rejections.add(rejection);
        }
    }

    void stored(String eventId) {
        if (stored.size() < ImportReport.LISTED_EVENTS) {
            stored.add(eventId);
        } else {
            unlisted++;
        }
    }

    ImportReport report() {
        return new ImportReport(file, format, read, imported, revised, unchanged, rejectedCount, rejections, dryRun,
                stored, unlisted);
    }
}
