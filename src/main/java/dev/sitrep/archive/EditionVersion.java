package dev.sitrep.archive;

import java.nio.file.Path;
import java.time.Instant;

/** One version of an edition as the archive index holds it. */
public record EditionVersion(long id, String jobId, String period, int version, EditionState state,
                             String contentHash, String inputsHash, Instant asOf, Path directory) {
}
