package dev.sitrep.archive;

/**
 * A review decision the edition's state does not allow: nothing awaits review, the draft was already
 * approved or sent back, or the archive moved on since the draft was made (HTTP 409).
 */
public final class ReviewConflict extends ArchiveException {

    ReviewConflict(String message) {
        super(message);
    }
}
