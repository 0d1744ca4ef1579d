package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The trend stage's entry point: pure functions from the log's counts to the period's Trends. */
public final class TrendAnalysis {

    private TrendAnalysis() {
    }

    /**
     * @param observations every event up to the end of {@code period} (earlier ones tell what is new)
     * @param baselineWeeks how many weeks before the period make its baseline
     */
    public static Trends analyse(List<Observation> observations, IsoWeek period, int baselineWeeks) {
        TrendAccumulator counts = new TrendAccumulator(period, baselineWeeks);
        observations.forEach(counts::accept);
        return analyse(counts.counts());
    }

    /** Tests each count of the period against its baseline. */
    public static Trends analyse(TrendCounts c) {
        return new Trends(c.period(), c.baselineWeeks(), SurgeTest.row("all events", c.total()),
                SurgeTest.row("fatalities", c.fatalities()), rows(c.byType()), rows(c.byActor()),
                rows(c.byAdmin1()), c.newActors(), c.newPlaces());
    }

    private static List<CountRow> rows(Map<String, List<Integer>> counts) {
        List<CountRow> rows = new ArrayList<>();
        new TreeMap<>(counts).forEach((key, weekly) -> rows.add(SurgeTest.row(key, weekly)));
        rows.sort(Comparator.comparingInt(CountRow::current).reversed()
                .thenComparing(Comparator.comparingDouble(CountRow::baselineMean).reversed())
                .thenComparing(CountRow::key));
        return rows;
    }
}
