package dev.sitrep.archive;

import java.time.Instant;

/** One version to publish: its identity, what it was computed from, and its files. */
public record PublishRequest(String jobId, String period, int version, String contentHash, String inputsHash,
                             Instant asOf, String softwareVersion, EditionFiles files) {
}
