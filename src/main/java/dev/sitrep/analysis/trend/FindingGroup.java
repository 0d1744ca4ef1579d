package dev.sitrep.analysis.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings that tell one story, told from the broadest of them: a surge of deaths in a governorate with
 * surges in three of its towns is one story about the governorate, its towns named inside it. A place
 * belongs to its governorate's finding, a sub-type to its type's, a dyad to one of its actors', when that
 * finding exists for the same measure. A group ranks where its best-ranked finding did, so a governorate
 * whose towns stood out most leads even if the governorate's own change, being larger and less rare, ranks
 * lower on its own.
 */
public record FindingGroup(Finding head, List<Finding> parts) {

    public FindingGroup {
        parts = List.copyOf(parts);
    }

    static List<FindingGroup> of(List<Finding> ranked) {
        Map<Finding, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : ranked) {
            Finding head = broader(f, ranked);
            groups.computeIfAbsent(head, h -> new ArrayList<>());
            if (head != f) {
                groups.get(head).add(f);
            }
        }
        List<FindingGroup> out = new ArrayList<>();
        groups.forEach((head, parts) -> {
            parts.sort(Comparator.comparingInt(Finding::current).reversed().thenComparing(Finding::key));
            out.add(new FindingGroup(head, parts));
        });
        return out;
    }

    private static Finding broader(Finding f, List<Finding> ranked) {
        return ranked.stream().filter(g -> g.metric() == f.metric() && holds(g, f)).findFirst().orElse(f);
    }

    private static boolean holds(Finding up, Finding down) {
        if (up.dimension() == null || down.dimension() == null) {
            return false;
        }
        return switch (down.dimension()) {
            case PLACE -> up.dimension() == Dimension.ADMIN1 && down.key().endsWith(", " + up.key());
            case SUB_TYPE -> up.dimension() == Dimension.TYPE && down.key().startsWith(up.key() + " / ");
            case DYAD -> up.dimension() == Dimension.ACTOR && List.of(down.key().split(" – ")).contains(up.key());
            default -> false;
        };
    }
}
