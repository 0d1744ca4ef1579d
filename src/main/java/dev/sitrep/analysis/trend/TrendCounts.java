package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.List;
import java.util.Map;

/**
 * What the trend stage needs of the log, counted in one pass: weekly counts over the baseline weeks the
 * log covers ({@code baselineUsed} of the {@code baselineWeeks} configured) and the period (oldest week
 * first), in total, of fatalities, and by each dimension; fatalities by governorate and place; and what
 * each dimension first shows in the period, against the whole log before it. Deaths count in the week their
 * date places them; {@code undatedDeaths} are the period's deaths in events dated only to a month or more,
 * left out of weekly figures. {@code areas} is each governorate's longer history, for episodes.
 */
public record TrendCounts(
        IsoWeek period,
        int baselineWeeks,
        int baselineUsed,
        List<Integer> total,
        List<Integer> fatalities,
        Map<Dimension, Map<String, List<Integer>>> counts,
        Map<Dimension, Map<String, List<Integer>>> fatalitiesBy,
        Map<Dimension, List<String>> firstSeen,
        int undatedDeaths,
        AreaHistory areas) {

    public TrendCounts {
        total = List.copyOf(total);
        fatalities = List.copyOf(fatalities);
        counts = Map.copyOf(counts);
        fatalitiesBy = Map.copyOf(fatalitiesBy);
        firstSeen = Map.copyOf(firstSeen);
        areas = areas == null ? AreaHistory.EMPTY : areas;
    }

    /** Counts without deaths of undated events or the governorates' longer history. */
    public TrendCounts(IsoWeek period, int baselineWeeks, int baselineUsed, List<Integer> total,
                       List<Integer> fatalities, Map<Dimension, Map<String, List<Integer>>> counts,
                       Map<Dimension, Map<String, List<Integer>>> fatalitiesBy, Map<Dimension, List<String>> firstSeen) {
        this(period, baselineWeeks, baselineUsed, total, fatalities, counts, fatalitiesBy, firstSeen, 0, null);
    }

    public Map<String, List<Integer>> deathsOf(Dimension d) {
        return fatalitiesBy.getOrDefault(d, Map.of());
    }

    public Map<String, List<Integer>> of(Dimension d) {
        return counts.getOrDefault(d, Map.of());
    }
}
