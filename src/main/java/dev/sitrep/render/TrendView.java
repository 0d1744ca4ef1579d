package dev.sitrep.render;

import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.Finding;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The trend section's findings, episodes and deadliest events as a template prints them, plus the test
 * figures behind each finding for the annex. Public only because FreeMarker reads public types.
 */
public record TrendView(List<FindingRow> findings, List<EpisodeRow> episodes, List<Deadly> deadliest,
                        int undatedDeaths) {

    static final int FINDINGS = 12;
    static final int DEADLIEST = 10;

    public record FindingRow(String what, String by, String measure, int current, String average, String typical,
                             String change, String standing, String method, String z, String p, String including) {
    }

    public record EpisodeRow(String area, String since, int week, int events, int deaths, String deathsBefore,
                             String phase, String sides, String places, String continuation) {
    }

    public record Deadly(String date, String where, String who, int deaths, String what, String citation) {
    }

    static TrendView of(Assessment a, Map<String, String> citations) {
        Trends t = a.trends();
        return new TrendView(t.groups().stream().limit(FINDINGS).map(g -> finding(g.head(), g.parts())).toList(),
                t.episodes().stream().map(TrendView::episode).toList(),
                a.periodEvents().stream().filter(e -> e.fatalities() != null && e.fatalities() > 0)
                        .sorted(Comparator.comparing((EventEntry e) -> -e.fatalities())
                                .thenComparing(EventEntry::occurred).thenComparing(EventEntry::id))
                        .limit(DEADLIEST).map(e -> deadly(e, citations)).toList(), t.undatedDeaths());
    }

    private static FindingRow finding(Finding f, List<Finding> parts) {
        String change = f.baselineMean() == 0 ? "new" : String.format(Locale.ROOT, "%+.0f %%",
                100 * (f.current() - f.baselineMean()) / f.baselineMean());
        String p = f.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", f.pValue());
        return new FindingRow(f.key(), f.dimension() == null ? "all" : f.dimension().label(),
                f.metric() == Finding.Metric.DEATHS ? "deaths" : "events", f.current(), one(f.baselineMean()),
                one(f.typical()), change, f.signal() == Signal.SURGE ? "above usual" : "below usual", f.method(),
                String.format(Locale.ROOT, "%.2f", f.z()), p, parts.stream().limit(3)
                .map(x -> (x.dimension() == dev.sitrep.analysis.trend.Dimension.PLACE && x.key().endsWith(", " + f.key())
                        ? x.key().substring(0, x.key().length() - f.key().length() - 2) : x.key()) + " (" + x.current()
                        + ")")
                .collect(java.util.stream.Collectors.joining("; ")));
    }

    private static EpisodeRow episode(Episode e) {
        Double c = e.continuation();
        return new EpisodeRow(e.area(), e.start().toString(), e.week(), e.events(), e.deaths(), one(e.deathsBefore()),
                e.phase().label(), e.sides() == null ? "–" : e.sides(), e.places().isEmpty() ? "–"
                : String.join("; ", e.places()), c == null ? "too few earlier episodes"
                : String.format(Locale.ROOT, "%d of %d (%.0f %%)", e.earlierContinued(), e.earlierReached(), 100 * c));
    }

    private static Deadly deadly(EventEntry e, Map<String, String> citations) {
        return new Deadly(MarkdownView.dated(e), MarkdownView.where(e), String.join("; ", e.actors()), e.fatalities(),
                MarkdownView.what(e), citations.getOrDefault(e.id(), ""));
    }

    private static String one(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }
}
