package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.Confidence;
import dev.sitrep.analysis.prognosis.IndicatorStatus;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.ScenarioOutlook;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.MannKendall;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.SustainedChange;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.Figures;
import dev.sitrep.core.MarkdownText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The key judgments the numbers support, written as statements with the figures and the events behind
 * them, and each with an analytic confidence. Their bodies are Markdown like analysts' prose, so every
 * name that comes from data is escaped.
 */
final class ComputedJudgments {

    private static final int CITED_EVENTS = 3;

    private ComputedJudgments() {
    }

    static List<Passage> from(CompositionInput in, List<EventEntry> periodEvents) {
        List<Passage> out = new ArrayList<>();
        Trends t = in.trends();
        String trendConfidence = trendConfidence(t);
        out.add(activity(t, trendConfidence));
        for (CountRow surge : t.byType()) {
            if (surge.signal() == Signal.SURGE) {
                out.add(new Passage("computed-surge-" + surge.key(), "Surge in " + surge.key(), String.format(
                        Locale.ROOT, "Events of type %s surged: %d this week against a baseline of %.1f a week "
                                + "(%s test, %s)%s.", MarkdownText.escape(surge.key()), surge.current(),
                        surge.baselineMean(), surge.test().method(), Figures.pValue(surge.pValue()),
                        cite(periodEvents, e -> e.type().equals(surge.key()))), trendConfidence, null, true));
            }
        }
        for (CountRow row : t.byType()) {
            SustainedChange shift = row.sustained();
            if (shift.direction() != SustainedChange.Direction.NONE) {
                String since = t.period().minusWeeks(row.weekly().size() - 1 - shift.since()).toString();
                out.add(new Passage("computed-shift-" + row.key(), "Sustained change in " + row.key(), String.format(
                        Locale.ROOT, "Events of type %s have run %s their earlier level of %.1f a week since %s "
                                + "(CUSUM)%s.", MarkdownText.escape(row.key()),
                        shift.direction() == SustainedChange.Direction.UP ? "above" : "below", shift.referenceMean(),
                        since, cite(periodEvents, e -> e.type().equals(row.key()))), trendConfidence, null, true));
            }
        }
        if (!t.newActors().isEmpty()) {
            out.add(new Passage("computed-new-actors", "New actors", String.format(Locale.ROOT,
                    "First appearance in the log this week: %s%s.", t.newActors().stream().map(MarkdownText::escape)
                            .collect(Collectors.joining("; ")),
                    cite(periodEvents, e -> e.actors().stream().anyMatch(t.newActors()::contains))),
                    "high", null, true));
        }
        Prognosis p = in.prognosis();
        for (SeriesForecast f : p.series()) {
            if (f.model() != null) {
                out.add(series(f, t, p.horizonWeeks(), cite(periodEvents, e -> in.trackedEventIds()
                        .getOrDefault(f.id(), Set.of()).contains(e.id()))));
            }
        }
        p.scenarios().stream().max(Comparator.comparingDouble(ScenarioOutlook::probability)).ifPresent(s ->
                out.add(new Passage("computed-scenario", "Most likely scenario", String.format(Locale.ROOT,
                        "Over the next %d weeks the most likely scenario is the %s case, that %s: %s (%s).",
                        p.horizonWeeks(), s.name(), MarkdownText.escape(lowerFirst(s.title())), s.estimative(),
                        s.range()), p.scenarioConfidence().level().label(), s.estimative(), true)));
        for (IndicatorStatus i : p.indicators()) {
            if (i.state() == IndicatorStatus.State.FIRED) {
                out.add(new Passage("computed-indicator-" + i.series(), "Indicator fired", String.format(Locale.ROOT,
                        "Indicator fired: %s (%d this week, threshold %d)%s.", MarkdownText.escape(i.title()),
                        i.count(), i.threshold(), cite(periodEvents, e -> in.trackedEventIds()
                                .getOrDefault(i.series(), Set.of()).contains(e.id()))), "high", null, true));
            }
        }
        return out;
    }

    private static Passage activity(Trends t, String confidence) {
        CountRow total = t.total();
        StringBuilder body = new StringBuilder(String.format(Locale.ROOT,
                "Sitrep logged %d events in %s against a %d-week baseline of %.1f a week: %s (%s test, %s).",
                total.current(), t.period(), t.baselineUsed(), total.baselineMean(), total.signal().label(),
                total.test().method(), Figures.pValue(total.pValue())));
        MannKendall mk = total.trend();
        if (mk.direction() != MannKendall.Direction.NONE) {
            body.append(String.format(Locale.ROOT, " Over the %d weeks to %s activity has been %s (Mann–Kendall "
                            + "%s; Sen's slope %+.2f events a week).", total.weekly().size(), t.period(),
                    mk.direction() == MannKendall.Direction.INCREASING ? "rising" : "falling",
                    Figures.pValue(mk.pValue()), mk.senSlope()));
        }
        if (t.shortBaseline()) {
            body.append(String.format(Locale.ROOT, " The baseline is short: the log covers only %d of the %d "
                    + "weeks it should span.", t.baselineUsed(), t.baselineWeeks()));
        }
        return new Passage("computed-activity", "Activity against the baseline", body.toString(), confidence, null,
                true);
    }

    private static Passage series(SeriesForecast f, Trends t, int horizon, String citation) {
        String skill = !f.model().chosenByBacktest() ? "too little history to choose a model by backtest"
                : f.model().hasSkill() ? String.format(Locale.ROOT, "its forecasts erred %.0f %% less than a naive "
                        + "forecast over the last %d weeks", 100 * (1 - f.model().skillAgainstNaive()),
                        dev.sitrep.analysis.prognosis.RollingForecasts.RECENT_WINDOW)
                : f.model().skillVerdict("weeks");
        Confidence c = f.confidence();
        return new Passage("computed-outlook-" + f.id(), f.title(), String.format(Locale.ROOT,
                "%s: %d in %s and %d over the last %d weeks%s. Expected over the next %d weeks: %.0f (80 %% "
                        + "interval %d–%d), by %s (%s).", MarkdownText.escape(f.title()), f.history().latest(),
                t.period(), f.history().total(), f.historyUsed(), citation, horizon, f.horizonTotal().mean(),
                f.horizonTotal().lo80(), f.horizonTotal().hi80(), f.model().description(), skill),
                c.level().label(), null, true);
    }

    /** High with a full baseline of some substance; lower when it is short or thin. */
    private static String trendConfidence(Trends t) {
        if (t.shortBaseline()) {
            return "low";
        }
        double events = t.total().baselineMean() * t.baselineUsed();
        return events < 20 ? "moderate" : "high";
    }

    /** Cites the latest few events a statement rests on, as [@event:id] for the citation pass. */
    static String cite(List<EventEntry> events, Predicate<EventEntry> which) {
        return cite(events.stream().filter(which).toList());
    }

    static String cite(List<EventEntry> events) {
        if (events.isEmpty()) {
            return "";
        }
        List<EventEntry> latest = events.stream()
                .sorted(Comparator.comparing(EventEntry::occurred).reversed().thenComparing(EventEntry::id))
                .limit(CITED_EVENTS).toList();
        return " [" + latest.stream().map(e -> "@event:" + e.id()).collect(Collectors.joining("; ")) + "]";
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
