package dev.sitrep.archive;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of one edition version. The allowed transitions live here and nowhere else: a version
 * is written (PUBLISHING), then PUBLISHED, later SUPERSEDED by a newer one; a failed write is FAILED. A
 * superseded version that a job's retention removes from out/ is PRUNED: its row stays, as history.
 */
public enum EditionState {
    PUBLISHING, PUBLISHED, SUPERSEDED, FAILED, PRUNED;

    private static final Map<EditionState, Set<EditionState>> NEXT = Map.of(
            PUBLISHING, EnumSet.of(PUBLISHED, FAILED),
            PUBLISHED, EnumSet.of(SUPERSEDED),
            SUPERSEDED, EnumSet.of(PRUNED),
            FAILED, EnumSet.noneOf(EditionState.class),
            PRUNED, EnumSet.noneOf(EditionState.class));

    public EditionState moveTo(EditionState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new ArchiveException("an edition version cannot go from " + this + " to " + next);
        }
        return next;
    }
}
