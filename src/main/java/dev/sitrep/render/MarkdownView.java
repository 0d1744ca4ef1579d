package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.Confidence;
import dev.sitrep.analysis.prognosis.ForecastPoint;
import dev.sitrep.analysis.prognosis.IndicatorStatus;
import dev.sitrep.analysis.prognosis.ModelChoice;
import dev.sitrep.analysis.prognosis.MonthlyOutlook;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.ScenarioOutlook;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.prognosis.TrackRecord;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.MannKendall;
import dev.sitrep.analysis.trend.SustainedChange;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a Markdown template sees: the resolved assessment, and every number and date already formatted,
 * so templates hold layout, not formatting rules, and the same model always prints the same text.
 * {@code bibliography} and the events' {@code citation}s are Markdown already (escaped, with their links),
 * for a template to write with {@code ?no_esc}. Public only because FreeMarker reads nothing but public types.
 */
public record MarkdownView(
        Assessment a,
        int version,
        String periodLabel,
        String dataAsOf,
        String softwareVersion,
        String citationStyle,
        Row total,
        Row fatalities,
        List<Row> byType,
        List<Row> bySubType,
        List<Row> byAdmin1,
        List<Row> byActor,
        List<Row> byDyad,
        List<Mover> movers,
        List<Hotspot> hotspots,
        List<String> quiet,
        List<Notable> notable,
        List<Forecast> forecasts,
        List<Scenario> scenarios,
        String scenarioConfidence,
        List<Indicator> indicators,
        Track trackRecord,
        List<String> bibliography,
        List<Chart> charts,
        FlashView flash,
        TrendView trend,
        OutcomeView outcomes) {

    /** Four spaces: inside "1. " and "10. " alike (a marker and its space are at most four wide up to 99). */
    private static final int ITEM_INDENT = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** A count row with its figures as text. */
    public record Row(String key, int current, String baseline, String change, String signal, String p,
                      String trend, String shift, String sparkline) {
    }

    public record Mover(String dimension, Row row) {
    }

    public record Hotspot(String where, String level, Row events, int fatalities, String fatalitiesBaseline) {
    }

    public record Notable(String date, String where, String what, String actors, String summary, String citation,
                   boolean synthetic) {
    }

    /** {@code withoutForecast}: what the edition says instead, for a series with no history or no events. */
    public record Forecast(String id, String title, String history, String historyNote, String model, String backtest,
                           String confidence, List<Point> points, Point total, Outlook outlook,
                           String withoutForecast, int latest) {
    }

    /** {@code note}: said when the outlook rests on fewer months than it forecasts, else "". */
    public record Outlook(String history, String model, String backtest, String confidence, List<Point> points,
                          String note) {
    }

    public record Point(String target, String median, String interval50, String interval80, String interval95) {
    }

    public record Scenario(String name, String title, String description, String condition, String probability,
                           String estimative, String range) {
    }

    public record Indicator(String title, String status, String count) {
    }

    public record Track(int editions, List<TrackRow> rows, String scenarios) {
    }

    public record TrackRow(String title, int scored, String mae, String naiveMae, String coverage50,
                           String coverage80, String coverage95) {
    }

    /**
     * A passage's prose laid out to follow a numbered item's marker ({@code 1. **Title.** ...}): its lines
     * indented to stay inside the item, so that a list in it nests and the next item stays an item.
     * {@code p.body} is the same prose laid out for the top level, under a heading.
     */
    public String item(dev.sitrep.assessment.Passage p) {
        return dev.sitrep.core.JudgmentMarkdown.contained(p.body(), ITEM_INDENT);
    }

    /** The chart drawn to {@code file}, or null when this edition has none (the template checks with ??). */
    public Chart chart(String file) {
        return charts.stream().filter(c -> c.file().equals(file)).findFirst().orElse(null);
    }

    static MarkdownView of(Assessment a, Map<String, String> eventCitations, List<String> bibliography, int version,
                           String softwareVersion, String citationStyle, int topRows, List<Chart> charts) {
        Trends t = a.trends();
        Prognosis p = a.prognosis();
        List<Forecast> forecasts = p.series().stream().map(MarkdownView::forecast).toList();
        return new MarkdownView(a, version, periodLabel(a.periodStart(), a.periodEnd()),
                DateTimeFormatter.ISO_INSTANT.format(a.dataAsOf()), softwareVersion, citationStyle,
                row(t.total(), t.period()), row(t.fatalities(), t.period()), rows(t.byType(), topRows, t.period()),
                rows(t.bySubType(), topRows, t.period()),
                rows(t.byAdmin1(), topRows, t.period()), rows(t.byActor(), topRows, t.period()),
                rows(t.byDyad(), topRows, t.period()),
                t.movers().stream().map(m -> new Mover(m.dimension().label(), row(m.row(), t.period()))).toList(),
                t.hotspots().stream().map(h -> new Hotspot(h.events().key(), h.dimension().label(),
                        row(h.events(), t.period()), h.fatalities(), one(h.fatalitiesBaseline()))).toList(),
                t.quiet().stream().map(q -> String.format(Locale.ROOT, "%s (%s; active in %d of %d baseline weeks)",
                        q.key(), q.dimension().label(), q.weeksActive(), t.baselineUsed())).toList(),
                a.notableEvents().stream().map(e -> notable(e, eventCitations)).toList(),
                forecasts,
                p.scenarios().stream().map(MarkdownView::scenario).toList(), confidence(p.scenarioConfidence()),
                p.indicators().stream().map(MarkdownView::indicator).toList(), track(p.trackRecord()), bibliography,
                charts, a.flash() == null ? null : FlashView.of(a, eventCitations, forecasts),
                TrendView.of(a, eventCitations), OutcomeView.of(p.outcomes()));
    }

    static String periodLabel(LocalDate start, LocalDate end) {
        return start.getMonth() == end.getMonth()
                ? start.getDayOfMonth() + "–" + LONG.format(end)
                : DAY.format(start) + " – " + DAY.format(end);
    }

    private static List<Row> rows(List<CountRow> rows, int top, IsoWeek period) {
        return rows.stream().limit(top).map(r -> row(r, period)).toList();
    }

    static Row row(CountRow r, IsoWeek period) {
        Double change = r.changePercent();
        String p = r.pValue() < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", r.pValue());
        String signal = switch (r.signal()) {
            case SURGE -> "above usual";
            case DROP -> "below usual";
            case NORMAL -> "usual";
        };
        return new Row(r.key(), r.current(), one(r.baselineMean()),
                change == null ? (r.current() > 0 ? "new" : "–") : String.format(Locale.ROOT, "%+.0f %%", change),
                signal, p, trend(r.trend()), shift(r.sustained(), r.weekly().size(), period), sparkline(r.weekly()));
    }

    /** The Mann–Kendall verdict with Sen's slope a week: "↑ +0.40" when significant, else "–". */
    private static String trend(MannKendall mk) {
        return switch (mk.direction()) {
            case INCREASING -> String.format(Locale.ROOT, "↑ %+.2f", mk.senSlope());
            case DECREASING -> String.format(Locale.ROOT, "↓ %+.2f", mk.senSlope());
            case NONE -> "–";
        };
    }

    /** The CUSUM verdict: "↑ 2025-W43", up since that week; "–" when no shift has lasted. */
    private static String shift(SustainedChange s, int windowWeeks, IsoWeek period) {
        if (s.direction() == SustainedChange.Direction.NONE) {
            return "–";
        }
        IsoWeek since = period.minusWeeks(windowWeeks - 1 - s.since());
        return (s.direction() == SustainedChange.Direction.UP ? "↑ " : "↓ ") + since;
    }

    private static Notable notable(EventEntry e, Map<String, String> citations) {
        return new Notable(dated(e), where(e), what(e), String.join("; ", e.actors()), e.summary(),
                citations.getOrDefault(e.id(), ""), e.synthetic());
    }

    /** "Jableh, Latakia": the place and its governorate, as far as the log knows them. */
    static String where(EventEntry e) {
        return e.place() == null ? nullToEmpty(e.admin1())
                : e.admin1() == null ? e.place() : e.place() + ", " + e.admin1();
    }

    /** "26 Nov 2025", or "20 Feb 2018 (week)" for an event dated only to a week or a month. */
    static String dated(EventEntry e) {
        return DAY.format(e.occurred()) + ("day".equals(e.precision()) ? "" : " (" + e.precision() + ")");
    }

    /** "military-movement / convoy": type and sub-type. */
    static String what(EventEntry e) {
        return e.subType() == null ? e.type() : e.type() + " / " + e.subType();
    }

    private static Forecast forecast(SeriesForecast f) {
        String history = counts(f.history().counts());
        String note = f.historyUsed() < f.historyWeeks()
                ? String.format(Locale.ROOT, "the log covers %d of the %d weeks of history configured",
                f.historyUsed(), f.historyWeeks()) : "";
        if (f.model() == null) {
            return new Forecast(f.id(), f.title(), history, note, "", "", confidence(f.confidence()), List.of(), null,
                    null, f.withoutForecast(), latest(f));
        }
        MonthlyOutlook o = f.outlook();
        Outlook outlook = o == null ? null : new Outlook(
                counts(o.history()) + " (to " + MONTH.format(o.lastMonth()) + ")", o.model().description(),
                backtest(o.model(), "months"), confidence(o.confidence()),
                o.points().stream().map(p -> point(p, MONTH.format(YearMonth.parse(p.target())))).toList(),
                o.shortHistoryNote());
        return new Forecast(f.id(), f.title(), history, note, f.model().description(), backtest(f.model(), "weeks"),
                confidence(f.confidence()), f.points().stream().map(p -> point(p, p.target())).toList(),
                point(f.horizonTotal(), f.horizonTotal().target()), outlook, null, latest(f));
    }

    private static int latest(SeriesForecast f) {
        return f.history() == null || f.history().counts().isEmpty() ? 0 : f.history().latest();
    }

    /** How the automatic model choice did on the recent window, beside both baselines. */
    static String backtest(ModelChoice m, String unit) {
        if (m.scored() == 0) {
            return "no backtest yet: too little history";
        }
        String verdict = m.skillVerdict(unit);
        verdict = verdict.isEmpty() ? "" : "; " + verdict;
        return String.format(Locale.ROOT, "backtest over %d forecasts: mean absolute error %.2f against %.2f for "
                        + "the last value (naive) and %.2f for the mean of 12%s", m.scored(), m.autoMae(), m.naiveMae(),
                m.meanMae(), verdict);
    }

    private static Point point(ForecastPoint p, String label) {
        return new Point(label, p.median() != null ? Integer.toString(p.median()) : one(p.mean()), p.lo50() + "–" + p.hi50(), p.lo80() + "–" + p.hi80(),
                p.lo95() + "–" + p.hi95());
    }

    private static Scenario scenario(ScenarioOutlook s) {
        // Drawn outcomes can show that a scenario is rare, never that it is impossible or certain.
        double p = s.probability();
        return new Scenario(s.name(), s.title(), s.description(), s.condition(),
                p == 0 ? "< 1 %" : p == 1 ? "> 99 %" : percent(p),
                s.estimative(), s.range());
    }

    private static Indicator indicator(IndicatorStatus i) {
        return new Indicator(i.title(), i.state().label(), i.count() == null ? "–"
                : i.count() + " (threshold " + i.threshold() + ")");
    }

    private static Track track(TrackRecord t) {
        String scenarios = t.scenariosScored() == 0 ? "" : String.format(Locale.ROOT,
                "Scenario probabilities of %d earlier editions scored: Brier score %.3f (0 is perfect; saying "
                        + "\"equally likely\" every time would have scored %.3f).", t.scenariosScored(), t.brier(),
                t.uniformBrier());
        return new Track(t.editions(), t.series().stream().map(s -> new TrackRow(s.title(), s.scored(), two(s.mae()),
                two(s.naiveMae()), percent(s.coverage50()), percent(s.coverage80()), percent(s.coverage95())))
                .toList(), scenarios);
    }

    static String confidence(Confidence c) {
        return c.reasons().isEmpty() ? c.level().label() : c.level().label() + " (" + String.join("; ", c.reasons())
                + ")";
    }

    private static String counts(List<Integer> counts) {
        return counts.isEmpty() ? "none" : String.join(" ", counts.stream().map(String::valueOf).toList());
    }

    private static String one(double x) {
        return String.format(Locale.ROOT, "%.1f", x);
    }

    private static String two(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** A probability as a whole percentage; the tails say "< 1 %" rather than a misleading 0 or 100. */
    static String percent(double p) {
        if (p < 0.01 && p > 0) {
            return "< 1 %";
        }
        if (p > 0.99 && p < 1) {
            return "> 99 %";
        }
        return String.format(Locale.ROOT, "%.0f %%", p * 100);
    }

    /** Weekly counts as a text sparkline, oldest first: a glance at the shape in a table cell. */
    static String sparkline(List<Integer> counts) {
        String bars = "▁▂▃▄▅▆▇█";
        int max = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
        StringBuilder out = new StringBuilder();
        for (int c : counts) {
            out.append(max == 0 ? bars.charAt(0) : bars.charAt((int) Math.round(c * (bars.length() - 1.0) / max)));
        }
        return out.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
