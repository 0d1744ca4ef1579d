package dev.sitrep.archive;

import java.time.Instant;

/**
 * A version with the review decision on it: who approved it or sent it back, when, and the comment.
 * A draft awaiting review has none yet; a version of a job without review never has one.
 */
public record Reviewed(EditionVersion version, String reviewer, Instant decidedAt, String comment) {

    public boolean decided() {
        return reviewer != null;
    }
}
