package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import java.util.List;

/** A series a job tracks, e.g. Russian military movements: events matching every non-empty filter (any of its values). */
public record SeriesSpec(
        String id,
        String title,
        List<String> types,
        List<String> actors,
        List<String> tags,
        List<String> admin1) {

    public SeriesSpec {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        admin1 = List.copyOf(admin1);
    }

    public boolean matches(Observation o) {
        return (types.isEmpty() || types.contains(o.type()))
                && (actors.isEmpty() || anyIn(o.actors(), actors))
                && (tags.isEmpty() || anyIn(o.tags(), tags))
                // An event may have no governorate; an immutable list's contains(null) throws.
                && (admin1.isEmpty() || (o.admin1() != null && admin1.contains(o.admin1())));
    }

    private static boolean anyIn(List<String> values, List<String> wanted) {
        for (String v : values) {
            if (wanted.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
