package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts a log for the trend stage one event at a time, so the log can stream past it: memory grows
 * with the number of distinct types, actors and places, never with the number of events.
 */
public final class TrendAccumulator {

    private final IsoWeek period;
    private final IsoWeek first;
    private final int baselineWeeks;
    private final int[] total;
    private final int[] fatalities;
    private final Map<String, int[]> byType = new HashMap<>();
    private final Map<String, int[]> byActor = new HashMap<>();
    private final Map<String, int[]> byAdmin1 = new HashMap<>();
    private final Set<String> actorsBefore = new HashSet<>();
    private final Set<String> placesBefore = new HashSet<>();
    private final Set<String> actorsNow = new TreeSet<>();
    private final Set<String> placesNow = new TreeSet<>();

    public TrendAccumulator(IsoWeek period, int baselineWeeks) {
        this.period = period;
        this.baselineWeeks = baselineWeeks;
        this.first = period.minusWeeks(baselineWeeks);
        this.total = new int[baselineWeeks + 1];
        this.fatalities = new int[baselineWeeks + 1];
    }

    /** Takes one event of the log; events after the period are ignored. */
    public void accept(Observation o) {
        IsoWeek week = IsoWeek.containing(o.occurred());
        int cmp = week.compareTo(period);
        if (cmp > 0) {
            return;
        }
        Set<String> actors = new HashSet<>(o.actors());
        (cmp < 0 ? actorsBefore : actorsNow).addAll(actors);
        if (o.place() != null) {
            (cmp < 0 ? placesBefore : placesNow).add(o.place());
        }
        if (week.compareTo(first) < 0) {
            return;
        }
        int i = (int) ChronoUnit.WEEKS.between(first.monday(), week.monday());
        total[i]++;
        fatalities[i] += o.fatalities() == null ? 0 : o.fatalities();
        count(byType, o.type(), i);
        actors.forEach(a -> count(byActor, a, i));
        if (o.admin1() != null) {
            count(byAdmin1, o.admin1(), i);
        }
    }

    public TrendCounts counts() {
        Set<String> newActors = new TreeSet<>(actorsNow);
        newActors.removeAll(actorsBefore);
        Set<String> newPlaces = new TreeSet<>(placesNow);
        newPlaces.removeAll(placesBefore);
        return new TrendCounts(period, baselineWeeks, list(total), list(fatalities), lists(byType), lists(byActor),
                lists(byAdmin1), List.copyOf(newActors), List.copyOf(newPlaces));
    }

    private void count(Map<String, int[]> counts, String key, int week) {
        counts.computeIfAbsent(key, k -> new int[baselineWeeks + 1])[week]++;
    }

    private static Map<String, List<Integer>> lists(Map<String, int[]> counts) {
        Map<String, List<Integer>> lists = new TreeMap<>();
        counts.forEach((k, v) -> lists.put(k, list(v)));
        return lists;
    }

    private static List<Integer> list(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
