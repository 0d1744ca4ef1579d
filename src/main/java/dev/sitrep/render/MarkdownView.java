package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.ForecastPoint;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a Markdown template sees: the resolved assessment, and every number and date already formatted,
 * so templates hold layout, not formatting rules, and the same model always prints the same text.
 * Public only because FreeMarker reads nothing but public types.
 */
public record MarkdownView(
        Assessment a,
        int version,
        String periodLabel,
        String dataAsOf,
        String softwareVersion,
        String citationStyle,
        List<Row> byType,
        List<Row> byAdmin1,
        List<Row> byActor,
        Row total,
        Row fatalities,
        List<Notable> notable,
        List<Forecast> forecasts,
        List<String> bibliography) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** A count row with its figures as text. */
    public record Row(String key, int current, String baseline, String change, String signal, String p, String sparkline) {
    }

    public record Notable(String date, String where, String what, String actors, String summary, String citation,
                   boolean synthetic) {
    }

    public record Forecast(SeriesForecast series, String history, List<Point> points, String horizonMean,
                           List<String> probabilities) {
    }

    public record Point(String week, String mean, String interval80, String interval95) {
    }

    static MarkdownView of(Assessment a, Map<String, String> eventCitations, List<String> bibliography, int version,
                           String softwareVersion, String citationStyle, int topRows) {
        var t = a.trends();
        return new MarkdownView(a, version, periodLabel(a.periodStart(), a.periodEnd()),
                DateTimeFormatter.ISO_INSTANT.format(a.dataAsOf()), softwareVersion, citationStyle,
                rows(t.byType(), topRows), rows(t.byAdmin1(), topRows), rows(t.byActor(), topRows), row(t.total()),
                row(t.fatalities()), a.notableEvents().stream().map(e -> notable(e, eventCitations)).toList(),
                a.prognosis().series().stream().map(MarkdownView::forecast).toList(), bibliography);
    }

    static String periodLabel(LocalDate start, LocalDate end) {
        return start.getMonth() == end.getMonth()
                ? start.getDayOfMonth() + "–" + LONG.format(end)
                : DAY.format(start) + " – " + DAY.format(end);
    }

    private static List<Row> rows(List<CountRow> rows, int top) {
        return rows.stream().limit(top).map(MarkdownView::row).toList();
    }

    static Row row(CountRow r) {
        Double change = r.changePercent();
        return new Row(r.key(), r.current(), String.format(Locale.ROOT, "%.1f", r.baselineMean()),
                change == null ? (r.current() > 0 ? "new" : "–") : String.format(Locale.ROOT, "%+.0f %%", change),
                r.signal().label(), String.format(Locale.ROOT, "%.3f", r.pValue()), sparkline(r.weekly()));
    }

    private static Notable notable(EventEntry e, Map<String, String> citations) {
        String where = e.place() == null ? nullToEmpty(e.admin1())
                : e.admin1() == null ? e.place() : e.place() + ", " + e.admin1();
        String date = DAY.format(e.occurred()) + ("day".equals(e.precision()) ? "" : " (" + e.precision() + ")");
        String what = e.subType() == null ? e.type() : e.type() + " / " + e.subType();
        return new Notable(date, where, what, String.join("; ", e.actors()), e.summary(),
                citations.getOrDefault(e.id(), ""), e.synthetic());
    }

    private static Forecast forecast(SeriesForecast f) {
        List<Point> points = f.points().stream().map(MarkdownView::point).toList();
        return new Forecast(f, String.join(" ", f.history().counts().stream().map(String::valueOf).toList()), points,
                String.format(Locale.ROOT, "%.1f", f.horizonMean()),
                f.scenarios().stream().map(s -> percent(s.probability())).toList());
    }

    private static Point point(ForecastPoint p) {
        return new Point(p.week().toString(), String.format(Locale.ROOT, "%.1f", p.mean()),
                p.lo80() + "–" + p.hi80(), p.lo95() + "–" + p.hi95());
    }

    /** A probability as a whole percentage; the tails say "< 1 %" rather than a misleading 0 or 100. */
    static String percent(double p) {
        if (p < 0.01) {
            return "< 1 %";
        }
        if (p > 0.99) {
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
