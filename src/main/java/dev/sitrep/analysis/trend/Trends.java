package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/**
 * The trend section's numbers for one period: counts against the baseline by dimension, what moved most,
 * where the activity is, what is new and what went quiet; the findings that stand out (events and deaths), ranked,
 * and the episodes still going on. {@code baselineUsed} below
 * {@code baselineWeeks} means the log does not reach back far enough: a short baseline.
 */
public record Trends(
        IsoWeek period,
        int baselineWeeks,
        int baselineUsed,
        CountRow total,
        CountRow fatalities,
        List<CountRow> byType,
        List<CountRow> bySubType,
        List<CountRow> byActor,
        List<CountRow> byDyad,
        List<CountRow> byAdmin1,
        List<CountRow> byPlace,
        List<Mover> movers,
        List<Hotspot> hotspots,
        List<String> newActors,
        List<String> newPlaces,
        List<String> newDyads,
        List<Quiet> quiet,
        List<Finding> findings,
        List<Episode> episodes,
        int undatedDeaths) {

    public Trends {
        byType = List.copyOf(byType);
        bySubType = List.copyOf(bySubType);
        byActor = List.copyOf(byActor);
        byDyad = List.copyOf(byDyad);
        byAdmin1 = List.copyOf(byAdmin1);
        byPlace = List.copyOf(byPlace);
        movers = List.copyOf(movers);
        hotspots = List.copyOf(hotspots);
        newActors = List.copyOf(newActors);
        newPlaces = List.copyOf(newPlaces);
        newDyads = List.copyOf(newDyads);
        quiet = List.copyOf(quiet);
        findings = List.copyOf(findings);
        episodes = List.copyOf(episodes);
    }

    /** Trends without ranked findings or episodes. */
    public Trends(IsoWeek period, int baselineWeeks, int baselineUsed, CountRow total, CountRow fatalities,
                  List<CountRow> byType, List<CountRow> bySubType, List<CountRow> byActor, List<CountRow> byDyad,
                  List<CountRow> byAdmin1, List<CountRow> byPlace, List<Mover> movers, List<Hotspot> hotspots,
                  List<String> newActors, List<String> newPlaces, List<String> newDyads, List<Quiet> quiet) {
        this(period, baselineWeeks, baselineUsed, total, fatalities, byType, bySubType, byActor, byDyad, byAdmin1,
                byPlace, movers, hotspots, newActors, newPlaces, newDyads, quiet, List.of(), List.of(), 0);
    }

    /** The findings grouped into stories, in rank order (see FindingGroup); the whole scope's own are left out. */
    public List<FindingGroup> groups() {
        return FindingGroup.of(findings.stream().filter(f -> f.dimension() != null).toList());
    }

    /** The ongoing episode in a governorate, if any. */
    public java.util.Optional<Episode> episodeIn(String admin1) {
        return episodes.stream().filter(e -> e.area().equals(admin1)).findFirst();
    }

    public boolean shortBaseline() {
        return baselineUsed < baselineWeeks;
    }

    /** A count that changed most against its baseline, in either direction. */
    public record Mover(Dimension dimension, CountRow row) {
    }

    /** A governorate or place by this period's events, with its fatalities now and in the baseline. */
    public record Hotspot(Dimension dimension, CountRow events, int fatalities, double fatalitiesBaseline) {
    }

    /** Active in most baseline weeks, absent this period. */
    public record Quiet(Dimension dimension, String key, int weeksActive, double baselineMean) {
    }
}
