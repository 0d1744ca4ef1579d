package dev.sitrep.events;

import java.util.List;

/**
 * What an import did: every row read is counted as exactly one of imported, revised, unchanged or
 * rejected. {@code rejections} lists the first of them; the quarantine keeps all.
 */
public record ImportReport(String file, String format, int read, int imported, int revised, int unchanged,
                           int rejected, List<Rejection> rejections,
                           boolean dryRun) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    /** The counts in one line, e.g. "read 175, imported 175, revised 0, unchanged 0, rejected 0". */
    public String counts() {
        return String.format("read %d, imported %d, revised %d, unchanged %d, rejected %d%s", read,
                imported, revised, unchanged, rejected(), dryRun ? " (dry run: nothing stored)" : "");
    }
}
