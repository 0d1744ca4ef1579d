package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Coverage;
import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Counts a log for the trend stage one event at a time, so the log can stream past it: memory grows
 * with the number of distinct types, actors, dyads and places, never with the number of events.
 */
public final class TrendAccumulator {

    private final IsoWeek period;
    private final IsoWeek first;
    private final int baselineWeeks;
    private final Coverage coverage;
    private final int[] total;
    private final int[] fatalities;
    private final Map<Dimension, Map<String, int[]>> counts = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Map<String, int[]>> deaths = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Set<String>> before = new EnumMap<>(Dimension.class);
    private final Map<Dimension, Set<String>> now = new EnumMap<>(Dimension.class);
    private final AreaAccumulator areas;
    private int undatedDeaths;

    /**
     * @param coverageFrom the first day the log covers (null: from the first event logged)
     */
    public TrendAccumulator(IsoWeek period, int baselineWeeks, LocalDate coverageFrom) {
        this.period = period;
        this.baselineWeeks = baselineWeeks;
        this.first = period.minusWeeks(baselineWeeks);
        this.coverage = new Coverage(coverageFrom);
        this.total = new int[baselineWeeks + 1];
        this.fatalities = new int[baselineWeeks + 1];
        for (Dimension d : Dimension.values()) {
            counts.put(d, new HashMap<>());
            before.put(d, new HashSet<>());
            now.put(d, new HashSet<>());
        }
        for (Dimension d : Dimension.values()) {
            deaths.put(d, new HashMap<>());
        }
        this.areas = new AreaAccumulator(period);
    }

    /** Takes one event of the log; events after the period are ignored. */
    public void accept(Observation o) {
        IsoWeek week = IsoWeek.containing(o.occurred());
        int cmp = week.compareTo(period);
        if (cmp > 0) {
            return;
        }
        coverage.see(o.occurred());
        Map<Dimension, List<String>> keys = keys(o);
        Map<Dimension, Set<String>> seen = cmp < 0 ? before : now;
        keys.forEach((d, k) -> seen.get(d).addAll(k));
        areas.accept(o);
        int i = index(week);
        if (i >= 0) {
            total[i]++;
            keys.forEach((d, list) -> list.forEach(k -> counts.get(d).computeIfAbsent(k, x -> new int[baselineWeeks + 1])[i]++));
        }
        countDeaths(o, keys, cmp == 0);
    }

    /** Deaths count in the week their date can be placed in (see Observation.deathsDay), never beyond the period. */
    private void countDeaths(Observation o, Map<Dimension, List<String>> keys, boolean inPeriod) {
        int killed = o.deaths();
        if (killed == 0) {
            return;
        }
        LocalDate day = o.deathsDay();
        if (day == null) {
            if (inPeriod) {
                undatedDeaths += killed;
            }
            return;
        }
        IsoWeek week = IsoWeek.containing(day);
        int j = week.compareTo(period) > 0 ? -1 : index(week);
        if (j < 0) {
            return;
        }
        fatalities[j] += killed;
        keys.forEach((d, list) -> list.forEach(k -> deaths.get(d).computeIfAbsent(k, x -> new int[baselineWeeks + 1])[j]
                += killed));
    }

    /** The window index of a week, or -1 before the window. */
    private int index(IsoWeek week) {
        return week.compareTo(first) < 0 ? -1 : (int) ChronoUnit.WEEKS.between(first.monday(), week.monday());
    }

    private static Map<Dimension, List<String>> keys(Observation o) {
        Map<Dimension, List<String>> keys = new EnumMap<>(Dimension.class);
        keys.put(Dimension.TYPE, List.of(o.type()));
        if (o.subType() != null) {
            keys.put(Dimension.SUB_TYPE, List.of(o.type() + " / " + o.subType()));
        }
        List<String> actors = o.actors().stream().distinct().sorted().toList();
        keys.put(Dimension.ACTOR, actors);
        keys.put(Dimension.DYAD, dyads(actors));
        if (o.admin1() != null) {
            keys.put(Dimension.ADMIN1, List.of(o.admin1()));
        }
        if (o.pointPlace() != null) {
            keys.put(Dimension.PLACE, List.of(o.admin1() == null ? o.place() : o.place() + ", " + o.admin1()));
        }
        return keys;
    }

    /** Every pair of the event's actors, each named once, in name order: "A – B". */
    public static List<String> dyads(List<String> sortedActors) {
        if (sortedActors.size() < 2) {
            return List.of();
        }
        List<String> pairs = new ArrayList<>();
        for (int a = 0; a < sortedActors.size(); a++) {
            for (int b = a + 1; b < sortedActors.size(); b++) {
                pairs.add(sortedActors.get(a) + " – " + sortedActors.get(b));
            }
        }
        return pairs;
    }

    /** The counts, with the baseline cut to the weeks the log covers. */
    public TrendCounts counts() {
        int covered = coverage.weeksCovered(period.minusWeeks(1), baselineWeeks);
        Map<Dimension, Map<String, List<Integer>>> rows = new EnumMap<>(Dimension.class);
        counts.forEach((d, byKey) -> rows.put(d, lists(byKey, covered)));
        Map<Dimension, Map<String, List<Integer>>> killed = new EnumMap<>(Dimension.class);
        deaths.forEach((d, byKey) -> killed.put(d, lists(byKey, covered)));
        Map<Dimension, List<String>> firstSeen = new EnumMap<>(Dimension.class);
        now.forEach((d, keys) -> {
            Set<String> fresh = new TreeSet<>(keys);
            fresh.removeAll(before.get(d));
            firstSeen.put(d, List.copyOf(fresh));
        });
        return new TrendCounts(period, baselineWeeks, covered, list(total, covered), list(fatalities, covered), rows,
                killed, firstSeen, undatedDeaths, areas.history(coverage));
    }

    private static Map<String, List<Integer>> lists(Map<String, int[]> counts, int covered) {
        Map<String, List<Integer>> lists = new TreeMap<>();
        counts.forEach((k, v) -> {
            List<Integer> tail = list(v, covered);
            if (tail.stream().anyMatch(c -> c > 0)) {
                lists.put(k, tail);
            }
        });
        return lists;
    }

    /** The covered baseline weeks and the period, oldest first. */
    private static List<Integer> list(int[] counts, int covered) {
        return Arrays.stream(counts, counts.length - 1 - covered, counts.length).boxed().toList();
    }
}
