package dev.sitrep.jobs;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run of publishEdition did: made version N (with its files), or found nothing changed. With
 * {@code draft}, version N is a draft awaiting review (its folder is outside the public archive).
 */
public record PublishOutcome(String jobId, String period, int version, boolean published, boolean draft, Path folder,
                             List<Path> files, long executionId) {

    public PublishOutcome {
        files = List.copyOf(files);
    }
}
