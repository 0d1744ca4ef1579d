package dev.sitrep.events;

import java.util.List;

/** What an import did: every line read is counted as exactly one of imported, revised, unchanged or rejected. */
public record ImportReport(String file, int read, int imported, int revised, int unchanged, List<Rejection> rejections,
                           boolean dryRun) {

    public ImportReport {
        rejections = List.copyOf(rejections);
    }

    public int rejected() {
        return rejections.size();
    }

    public String summary() {
        return String.format("%s: read %d, imported %d, revised %d, unchanged %d, rejected %d%s", file, read,
                imported, revised, unchanged, rejected(), dryRun ? " (dry run: nothing stored)" : "");
    }
}
