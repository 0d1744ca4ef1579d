package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/** The trend section's numbers for one period: counts against the baseline, by dimension; what is new. */
public record Trends(
        IsoWeek period,
        int baselineWeeks,
        CountRow total,
        CountRow fatalities,
        List<CountRow> byType,
        List<CountRow> byActor,
        List<CountRow> byAdmin1,
        List<String> newActors,
        List<String> newPlaces) {

    public Trends {
        byType = List.copyOf(byType);
        byActor = List.copyOf(byActor);
        byAdmin1 = List.copyOf(byAdmin1);
        newActors = List.copyOf(newActors);
        newPlaces = List.copyOf(newPlaces);
    }
}
