package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Counts of each tracked series: weekly up to {@code last} and monthly up to {@code lastMonth}, oldest
 * first, over the weeks and months the log covers (at most the configured windows, fewer when the log
 * begins later: those are the "short history" cases).
 */
public record SeriesCounts(
        IsoWeek last,
        YearMonth lastMonth,
        int configuredWeeks,
        int configuredMonths,
        Map<String, List<Integer>> weekly,
        Map<String, List<Integer>> monthly) {

    public SeriesCounts {
        weekly = Map.copyOf(weekly);
        monthly = Map.copyOf(monthly);
    }

    public int[] weeklyOf(String series) {
        return weekly.getOrDefault(series, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }

    public int[] monthlyOf(String series) {
        return monthly.getOrDefault(series, List.of()).stream().mapToInt(Integer::intValue).toArray();
    }
}
