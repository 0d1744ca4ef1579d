package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.WeeklySeries;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/** The trend stage's entry point: a pure function from the gathered events to the period's Trends. */
public final class TrendAnalysis {

    private TrendAnalysis() {
    }

    /**
     * @param observations every event up to the end of {@code period} (earlier ones tell what is new)
     * @param baselineWeeks how many weeks before the period make its baseline
     */
    public static Trends analyse(List<Observation> observations, IsoWeek period, int baselineWeeks) {
        int weeks = baselineWeeks + 1;
        CountRow total = SurgeTest.row("all events", WeeklySeries.of(observations, o -> true, period, weeks).counts());
        return new Trends(period, baselineWeeks, total, fatalities(observations, period, weeks),
                rows(observations, period, weeks, o -> Stream.of(o.type())),
                rows(observations, period, weeks, o -> o.actors().stream()),
                rows(observations, period, weeks, o -> Stream.ofNullable(o.admin1())),
                firstSeen(observations, period, o -> o.actors().stream()),
                firstSeen(observations, period, o -> Stream.ofNullable(o.place())));
    }

    private static List<CountRow> rows(List<Observation> observations, IsoWeek period, int weeks,
                                       Function<Observation, Stream<String>> keys) {
        IsoWeek first = period.minusWeeks(weeks - 1);
        TreeSet<String> seen = new TreeSet<>();
        observations.stream().filter(o -> IsoWeek.containing(o.occurred()).compareTo(first) >= 0)
                .flatMap(keys).filter(Objects::nonNull).forEach(seen::add);
        List<CountRow> rows = new ArrayList<>();
        for (String key : seen) {
            List<Integer> weekly = WeeklySeries.of(observations, o -> keys.apply(o).anyMatch(key::equals), period,
                    weeks).counts();
            rows.add(SurgeTest.row(key, weekly));
        }
        rows.sort(Comparator.comparingInt(CountRow::current).reversed()
                .thenComparing(Comparator.comparingDouble(CountRow::baselineMean).reversed())
                .thenComparing(CountRow::key));
        return rows;
    }

    private static CountRow fatalities(List<Observation> observations, IsoWeek period, int weeks) {
        return SurgeTest.row("fatalities", WeeklySeries.sum(observations, o -> true,
                o -> o.fatalities() == null ? 0 : o.fatalities(), period, weeks).counts());
    }

    /** Keys that occur in the period and in no event before it, in the whole log. */
    private static List<String> firstSeen(List<Observation> observations, IsoWeek period,
                                          Function<Observation, Stream<String>> keys) {
        TreeSet<String> before = new TreeSet<>();
        TreeSet<String> now = new TreeSet<>();
        for (Observation o : observations) {
            int cmp = IsoWeek.containing(o.occurred()).compareTo(period);
            if (cmp <= 0) {
                keys.apply(o).filter(Objects::nonNull).forEach((cmp < 0 ? before : now)::add);
            }
        }
        now.removeAll(before);
        return List.copyOf(now);
    }
}
