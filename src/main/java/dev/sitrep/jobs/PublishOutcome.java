package dev.sitrep.jobs;

import java.nio.file.Path;
import java.util.List;

/** What a run of publishEdition did: published version N (with its files), or found nothing changed. */
public record PublishOutcome(String jobId, String period, int version, boolean published, Path folder,
                             List<Path> files, long executionId) {

    public PublishOutcome {
        files = List.copyOf(files);
    }
}
