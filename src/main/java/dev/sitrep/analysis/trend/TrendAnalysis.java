package dev.sitrep.analysis.trend;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hipparchus.stat.descriptive.StreamingStatistics;

/** The trend stage's entry point: pure functions from the log's counts to the period's Trends. */
public final class TrendAnalysis {

    /** How many weeks of a governorate's history episodes are found in (how long earlier ones lasted). */
    public static final int EPISODE_HISTORY_WEEKS = AreaAccumulator.HISTORY_WEEKS;
    /** The last weeks an episode is named from (its dyads, places and who initiates). */
    public static final int EPISODE_NAMING_WEEKS = AreaAccumulator.RECENT_WEEKS;
    static final int MOVERS = 10;
    static final int HOTSPOTS = 10;
    /** Fewer baseline weeks than this say nothing about what is usual, so nothing "went quiet". */
    static final int QUIET_MIN_BASELINE = 4;

    private static final Comparator<CountRow> BUSIEST = Comparator.comparingInt(CountRow::current).reversed()
            .thenComparing(Comparator.comparingDouble(CountRow::baselineMean).reversed())
            .thenComparing(CountRow::key);

    private TrendAnalysis() {
    }

    /**
     * @param observations every event up to the end of {@code period} (earlier ones tell what is new)
     * @param baselineWeeks how many weeks before the period make its baseline
     */
    public static Trends analyse(List<Observation> observations, IsoWeek period, int baselineWeeks,
                                 LocalDate coverageFrom) {
        TrendAccumulator counts = new TrendAccumulator(period, baselineWeeks, coverageFrom);
        observations.forEach(counts::accept);
        return analyse(counts.counts());
    }

    /**
     * The episode of one governorate still going on in {@code period}, if any, found as the weekly edition finds
     * it (same tests, same baseline frozen at its start), from that governorate's events alone. Without the other
     * governorates' history there is no base rate for how long such episodes last, so none is given.
     *
     * @param observations the governorate's events up to the end of {@code period}; those of other governorates
     *                     are ignored
     */
    public static java.util.Optional<Episode> episodeIn(String area, List<Observation> observations, IsoWeek period,
                                                        int baselineWeeks, LocalDate coverageFrom) {
        AreaAccumulator areas = new AreaAccumulator(period);
        dev.sitrep.analysis.Coverage coverage = new dev.sitrep.analysis.Coverage(coverageFrom);
        for (Observation o : observations) {
            if (area.equals(o.admin1()) && !o.occurred().isAfter(period.sunday())) {
                coverage.see(o.occurred());
                areas.accept(o);
            }
        }
        return Episodes.ongoing(areas.history(coverage), period, baselineWeeks).stream()
                .filter(e -> e.area().equals(area)).findFirst().map(Episode::withoutBaseRate);
    }

    /** Tests each count of the period against its baseline. */
    public static Trends analyse(TrendCounts c) {
        List<Trends.Mover> movers = new ArrayList<>();
        Map<Dimension, List<CountRow>> rows = new java.util.EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            List<CountRow> list = new ArrayList<>();
            c.of(d).forEach((key, weekly) -> list.add(row(key, weekly)));
            list.sort(BUSIEST);
            rows.put(d, list);
            list.stream().filter(r -> Math.abs(r.change()) >= 1).forEach(r -> movers.add(new Trends.Mover(d, r)));
        }
        movers.sort(Comparator.comparingDouble((Trends.Mover m) -> -Math.abs(m.row().change()))
                .thenComparing(m -> m.dimension().ordinal()).thenComparing(m -> m.row().key()));
        CountRow total = row("all events", c.total());
        return new Trends(c.period(), c.baselineWeeks(), c.baselineUsed(), total,
                row("fatalities", c.fatalities()), rows.get(Dimension.TYPE), rows.get(Dimension.SUB_TYPE),
                rows.get(Dimension.ACTOR), rows.get(Dimension.DYAD), rows.get(Dimension.ADMIN1),
                rows.get(Dimension.PLACE), movers.stream().limit(MOVERS).toList(), hotspots(c, rows),
                c.firstSeen().getOrDefault(Dimension.ACTOR, List.of()),
                c.firstSeen().getOrDefault(Dimension.PLACE, List.of()),
                c.firstSeen().getOrDefault(Dimension.DYAD, List.of()), quiet(c, rows),
                Findings.of(c, total, rows),
                Episodes.ongoing(c.areas(), c.period(), c.baselineWeeks()), c.undatedDeaths());
    }

    static CountRow row(String key, List<Integer> weekly) {
        int[] window = weekly.stream().mapToInt(Integer::intValue).toArray();
        int[] baseline = java.util.Arrays.copyOf(window, window.length - 1);
        int current = window[window.length - 1];
        StreamingStatistics stats = new StreamingStatistics();
        for (int b : baseline) {
            stats.addValue(b);
        }
        double mean = baseline.length == 0 ? 0 : stats.getMean();
        double sd = baseline.length < 2 ? 0 : stats.getStandardDeviation();
        return new CountRow(key, current, mean, sd, weekly, CountTest.of(baseline, current), MannKendall.of(window),
                SustainedChange.of(window));
    }

    /** Governorates, then places, that saw the most events this period. */
    private static List<Trends.Hotspot> hotspots(TrendCounts c, Map<Dimension, List<CountRow>> rows) {
        List<Trends.Hotspot> spots = new ArrayList<>();
        for (Dimension d : List.of(Dimension.ADMIN1, Dimension.PLACE)) {
            Map<String, List<Integer>> killed = c.fatalitiesBy().getOrDefault(d, Map.of());
            rows.get(d).stream().filter(r -> r.current() > 0).limit(HOTSPOTS).forEach(r -> {
                List<Integer> deaths = killed.getOrDefault(r.key(), List.of(0));
                double baseline = deaths.size() < 2 ? 0
                        : deaths.subList(0, deaths.size() - 1).stream().mapToInt(Integer::intValue).average().orElse(0);
                spots.add(new Trends.Hotspot(d, r, deaths.get(deaths.size() - 1), baseline));
            });
        }
        return spots;
    }

    /** Types, actors, dyads and places active in at least half the baseline weeks and absent now. */
    private static List<Trends.Quiet> quiet(TrendCounts c, Map<Dimension, List<CountRow>> rows) {
        List<Trends.Quiet> quiet = new ArrayList<>();
        if (c.baselineUsed() < QUIET_MIN_BASELINE) {
            return quiet;
        }
        for (Dimension d : List.of(Dimension.TYPE, Dimension.ACTOR, Dimension.DYAD, Dimension.ADMIN1,
                Dimension.PLACE)) {
            for (CountRow r : rows.get(d)) {
                int active = (int) r.weekly().subList(0, r.weekly().size() - 1).stream().filter(x -> x > 0).count();
                if (r.current() == 0 && 2 * active >= c.baselineUsed()) {
                    quiet.add(new Trends.Quiet(d, r.key(), active, r.baselineMean()));
                }
            }
        }
        quiet.sort(Comparator.comparingInt((Trends.Quiet q) -> -q.weeksActive())
                .thenComparing(q -> q.dimension().ordinal()).thenComparing(Trends.Quiet::key));
        return quiet;
    }
}
