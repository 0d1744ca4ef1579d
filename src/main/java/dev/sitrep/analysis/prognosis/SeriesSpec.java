package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import java.util.List;

/**
 * A series a job tracks, e.g. Russian military movements: events matching every non-empty filter
 * (any of its values). {@code scenarios} split the total over the forecast horizon into outcomes.
 */
public record SeriesSpec(
        String id,
        String title,
        List<String> types,
        List<String> actors,
        List<String> tags,
        List<String> admin1,
        List<ScenarioSpec> scenarios) {

    public SeriesSpec {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        admin1 = List.copyOf(admin1);
        scenarios = List.copyOf(scenarios);
    }

    public boolean matches(Observation o) {
        return (types.isEmpty() || types.contains(o.type()))
                && (actors.isEmpty() || o.actors().stream().anyMatch(actors::contains))
                && (tags.isEmpty() || o.tags().stream().anyMatch(tags::contains))
                && (admin1.isEmpty() || admin1.contains(o.admin1()));
    }
}
