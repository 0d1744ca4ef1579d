package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.List;
import java.util.Map;

/**
 * What the trend stage needs of the log, counted in one pass: weekly counts over the baseline window and
 * the period (oldest week first) in total, of fatalities, and by event type, actor and governorate; and
 * the actors and places first seen in the period.
 */
public record TrendCounts(
        IsoWeek period,
        int baselineWeeks,
        List<Integer> total,
        List<Integer> fatalities,
        Map<String, List<Integer>> byType,
        Map<String, List<Integer>> byActor,
        Map<String, List<Integer>> byAdmin1,
        List<String> newActors,
        List<String> newPlaces) {

    public TrendCounts {
        total = List.copyOf(total);
        fatalities = List.copyOf(fatalities);
        byType = Map.copyOf(byType);
        byActor = Map.copyOf(byActor);
        byAdmin1 = Map.copyOf(byAdmin1);
        newActors = List.copyOf(newActors);
        newPlaces = List.copyOf(newPlaces);
    }
}
