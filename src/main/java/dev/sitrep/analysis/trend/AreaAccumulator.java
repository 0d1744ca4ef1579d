package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Coverage;
import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts each governorate's weeks for episodes, one event at a time. Three years of weekly totals per
 * governorate tell how long earlier episodes lasted; the breakdown by dyad and place is kept for the
 * last half year only, since only the current episode is named from it, so memory stays small.
 */
final class AreaAccumulator {

    static final int HISTORY_WEEKS = 156;
    static final int RECENT_WEEKS = 26;

    private final IsoWeek period;
    private final IsoWeek first;
    private final Map<String, int[]> events = new HashMap<>();
    private final Map<String, int[]> deaths = new HashMap<>();
    private final Map<String, Map<String, int[]>> dyadEvents = new HashMap<>();
    private final Map<String, Map<String, int[]>> dyadDeaths = new HashMap<>();
    private final Map<String, Map<String, int[]>> placeEvents = new HashMap<>();
    private final Map<String, Map<String, int[]>> placeDeaths = new HashMap<>();
    private final Map<String, Map<String, Integer>> initiators = new HashMap<>();

    AreaAccumulator(IsoWeek period) {
        this.period = period;
        this.first = period.minusWeeks(HISTORY_WEEKS - 1);
    }

    void accept(Observation o) {
        if (o.admin1() == null) {
            return;
        }
        String area = o.admin1();
        List<String> dyads = TrendAccumulator.dyads(o.actors().stream().distinct().sorted().toList());
        int i = index(o.occurred());
        if (i >= 0) {
            events.computeIfAbsent(area, k -> new int[HISTORY_WEEKS])[i]++;
            if (i >= HISTORY_WEEKS - RECENT_WEEKS) {
                int r = i - (HISTORY_WEEKS - RECENT_WEEKS);
                dyads.forEach(d -> recent(dyadEvents, area, d)[r]++);
                if (o.pointPlace() != null) {
                    recent(placeEvents, area, o.place())[r]++;
                }
                dyads.forEach(d -> o.sideA().stream().filter(d::contains)
                        .forEach(a -> initiators.computeIfAbsent(d, k -> new TreeMap<>()).merge(a, 1, Integer::sum)));
            }
        }
        LocalDate day = o.deathsDay();
        int j = day == null || o.deaths() == 0 ? -1 : index(day);
        if (j >= 0) {
            deaths.computeIfAbsent(area, k -> new int[HISTORY_WEEKS])[j] += o.deaths();
            if (j >= HISTORY_WEEKS - RECENT_WEEKS) {
                int r = j - (HISTORY_WEEKS - RECENT_WEEKS);
                dyads.forEach(d -> recent(dyadDeaths, area, d)[r] += o.deaths());
                if (o.pointPlace() != null) {
                    recent(placeDeaths, area, o.place())[r] += o.deaths();
                }
            }
        }
    }

    private int index(LocalDate day) {
        IsoWeek week = IsoWeek.containing(day);
        if (week.compareTo(first) < 0 || week.compareTo(period) > 0) {
            return -1;
        }
        return (int) ChronoUnit.WEEKS.between(first.monday(), week.monday());
    }

    private static int[] recent(Map<String, Map<String, int[]>> by, String area, String key) {
        return by.computeIfAbsent(area, k -> new HashMap<>()).computeIfAbsent(key, k -> new int[RECENT_WEEKS]);
    }

    /** What was counted, cut to the weeks the log covers (earlier weeks are unknown, not quiet). */
    AreaHistory history(Coverage coverage) {
        int weeks = coverage.weeksCovered(period, HISTORY_WEEKS);
        int recent = Math.min(RECENT_WEEKS, weeks);
        Map<String, String> sideA = new TreeMap<>();
        initiators.forEach((dyad, counts) -> counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, java.util.Comparator.reverseOrder()))
                .ifPresent(e -> sideA.put(dyad, e.getKey())));
        return new AreaHistory(weeks, tails(events, weeks), tails(deaths, weeks), recent, nested(dyadEvents, recent),
                nested(dyadDeaths, recent), nested(placeEvents, recent), nested(placeDeaths, recent), sideA);
    }

    private static Map<String, List<Integer>> tails(Map<String, int[]> by, int weeks) {
        Map<String, List<Integer>> out = new TreeMap<>();
        by.forEach((k, v) -> {
            int[] tail = Arrays.copyOfRange(v, v.length - weeks, v.length);
            if (Arrays.stream(tail).anyMatch(x -> x > 0)) {
                out.put(k, Arrays.stream(tail).boxed().toList());
            }
        });
        return out;
    }

    private static Map<String, Map<String, List<Integer>>> nested(Map<String, Map<String, int[]>> by, int weeks) {
        Map<String, Map<String, List<Integer>>> out = new TreeMap<>();
        by.forEach((area, keys) -> {
            Map<String, List<Integer>> lists = tails(keys, weeks);
            if (!lists.isEmpty()) {
                out.put(area, lists);
            }
        });
        return out;
    }
}
