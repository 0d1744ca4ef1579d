package dev.sitrep.analysis.trend;

import java.util.List;
import java.util.Map;

/**
 * Each governorate's weekly events and deaths over the weeks the log covers (at most
 * {@value AreaAccumulator#HISTORY_WEEKS}, oldest first, ending with the period), and, for the last
 * {@code recentWeeks} of them, the same by dyad and by place within it: what an episode is found in and
 * named from. {@code sideA} names, for each dyad, the actor most often on side A, so that a dyad reads
 * "A against B".
 */
public record AreaHistory(
        int weeks,
        Map<String, List<Integer>> events,
        Map<String, List<Integer>> deaths,
        int recentWeeks,
        Map<String, Map<String, List<Integer>>> dyadEvents,
        Map<String, Map<String, List<Integer>>> dyadDeaths,
        Map<String, Map<String, List<Integer>>> placeEvents,
        Map<String, Map<String, List<Integer>>> placeDeaths,
        Map<String, String> sideA) {

    static final AreaHistory EMPTY = new AreaHistory(0, Map.of(), Map.of(), 0, Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of());

    public AreaHistory {
        events = Map.copyOf(events);
        deaths = Map.copyOf(deaths);
        dyadEvents = Map.copyOf(dyadEvents);
        dyadDeaths = Map.copyOf(dyadDeaths);
        placeEvents = Map.copyOf(placeEvents);
        placeDeaths = Map.copyOf(placeDeaths);
        sideA = Map.copyOf(sideA);
    }
}
