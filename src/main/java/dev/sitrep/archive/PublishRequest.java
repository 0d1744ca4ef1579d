package dev.sitrep.archive;

import java.time.Instant;

/**
 * One version to publish: its identity, what it was computed from, and its files; {@code approval} is who
 * approved it when the job requires review (null otherwise), recorded in its manifest.
 */
public record PublishRequest(String jobId, String period, int version, String contentHash, String inputsHash,
                             Instant asOf, String softwareVersion, EditionFiles files, Approval approval) {

    public PublishRequest(String jobId, String period, int version, String contentHash, String inputsHash,
                          Instant asOf, String softwareVersion, EditionFiles files) {
        this(jobId, period, version, contentHash, inputsHash, asOf, softwareVersion, files, null);
    }

    PublishRequest approvedBy(Approval approval) {
        return new PublishRequest(jobId, period, version, contentHash, inputsHash, asOf, softwareVersion, files,
                approval);
    }

    /** Who approved a reviewed version, and when. */
    public record Approval(String reviewer, Instant at) {
    }
}
