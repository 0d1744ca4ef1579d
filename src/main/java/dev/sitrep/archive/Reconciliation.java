package dev.sitrep.archive;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What bringing the index in line with out/ did: version folders it indexed, versions whose folder is gone
 * (now MISSING), MISSING versions whose folder is back, and abandoned work folders of killed runs it removed.
 */
public record Reconciliation(List<EditionVersion> indexed, List<EditionVersion> missing,
                             List<EditionVersion> restored, List<Path> removedStaging) {

    static final Reconciliation NONE = new Reconciliation(List.of(), List.of(), List.of(), List.of());

    public Reconciliation {
        indexed = List.copyOf(indexed);
        missing = List.copyOf(missing);
        restored = List.copyOf(restored);
        removedStaging = List.copyOf(removedStaging);
    }

    Reconciliation plus(Reconciliation other) {
        return new Reconciliation(join(indexed, other.indexed), join(missing, other.missing),
                join(restored, other.restored), join(removedStaging, other.removedStaging));
    }

    private static <T> List<T> join(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
