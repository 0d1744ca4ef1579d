package dev.sitrep.archive;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of one edition version. The allowed transitions live here and nowhere else: a version
 * is written (PUBLISHING), then PUBLISHED, later SUPERSEDED by a newer one; a failed write is FAILED. A
 * superseded version that a job's retention removes from out/ is PRUNED: its row stays, as history.
 * A published or superseded version whose folder has gone from out/ (deleted by hand, lost with a disk) is
 * MISSING, with when that was noticed: it is never dropped from the index, and the next run of its edition
 * publishes a new version. Its folder restored from a copy, it is PUBLISHED or SUPERSEDED again.
 * A job whose editions need review first writes a DRAFT (outside the public archive): approved, it goes
 * on to PUBLISHING under the same number; sent back, it is SENT_BACK; a newer draft of the same edition
 * leaves it REPLACED. Those three are never listed, fetched or delivered as editions.
 */
public enum EditionState {
    PUBLISHING, PUBLISHED, SUPERSEDED, FAILED, PRUNED, MISSING, DRAFT, SENT_BACK, REPLACED;

    private static final Map<EditionState, Set<EditionState>> NEXT = Map.of(
            DRAFT, EnumSet.of(PUBLISHING, SENT_BACK, REPLACED, FAILED),
            SENT_BACK, EnumSet.noneOf(EditionState.class),
            REPLACED, EnumSet.noneOf(EditionState.class),
            PUBLISHING, EnumSet.of(PUBLISHED, FAILED),
            PUBLISHED, EnumSet.of(SUPERSEDED, MISSING),
            SUPERSEDED, EnumSet.of(PRUNED, MISSING),
            MISSING, EnumSet.of(PUBLISHED, SUPERSEDED),
            FAILED, EnumSet.noneOf(EditionState.class),
            PRUNED, EnumSet.noneOf(EditionState.class));

    /** A draft, or a draft that was sent back or replaced: never part of the public archive. */
    public boolean inReview() {
        return this == DRAFT || this == SENT_BACK || this == REPLACED;
    }

    public EditionState moveTo(EditionState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new ArchiveException("an edition version cannot go from " + this + " to " + next);
        }
        return next;
    }
}
