package dev.sitrep.archive;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of one edition version. The allowed transitions live here and nowhere else: a version
 * is written (PUBLISHING), then PUBLISHED, later SUPERSEDED by a newer one; a failed write is FAILED.
 */
public enum EditionState {
    PUBLISHING, PUBLISHED, SUPERSEDED, FAILED;

    private static final Map<EditionState, Set<EditionState>> NEXT = Map.of(
            PUBLISHING, EnumSet.of(PUBLISHED, FAILED),
            PUBLISHED, EnumSet.of(SUPERSEDED),
            SUPERSEDED, EnumSet.noneOf(EditionState.class),
            FAILED, EnumSet.noneOf(EditionState.class));

    public EditionState moveTo(EditionState next) {
        if (!NEXT.get(this).contains(next)) {
            throw new ArchiveException("an edition version cannot go from " + this + " to " + next);
        }
        return next;
    }
}
