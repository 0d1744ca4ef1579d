package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.Confidence;
import dev.sitrep.analysis.prognosis.IndicatorStatus;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.prognosis.ScenarioOutlook;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.SustainedChange;
import dev.sitrep.analysis.trend.Trends;
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
        Trends t = in.trends();
        String trendConfidence = trendConfidence(t);
        List<Passage> out = new ArrayList<>(FindingJudgments.from(t, periodEvents, trendConfidence));
        out.add(ActivityJudgment.of(t, periodEvents, trendConfidence));
        for (CountRow row : t.byType()) {
            SustainedChange shift = row.sustained();
            if (shift.direction() != SustainedChange.Direction.NONE) {
                String since = t.period().minusWeeks(row.weekly().size() - 1 - shift.since()).toString();
                out.add(new Passage("computed-shift-" + row.key(), "Sustained " + (shift.direction()
                        == SustainedChange.Direction.UP ? "rise" : "fall") + " in " + row.key() + " events", String.format(
                        Locale.ROOT, "Events of type %s have run %s their earlier level of %s a week since %s, "
                                + "%d this week%s.", MarkdownText.escape(row.key()),
                        shift.direction() == SustainedChange.Direction.UP ? "above" : "below",
                        Plain.average(shift.referenceMean()), since, row.current(),
                        deadliest(periodEvents.stream().filter(e -> e.type().equals(row.key())).toList())),
                        trendConfidence, null, true));
            }
        }
        if (!t.newActors().isEmpty()) {
            out.add(new Passage("computed-new-actors", "New actors", String.format(Locale.ROOT,
                    "First appearance in the log this week: %s%s.", t.newActors().stream().map(MarkdownText::escape)
                            .collect(Collectors.joining("; ")),
                    deadliest(periodEvents.stream().filter(e -> e.actors().stream().anyMatch(t.newActors()::contains))
                            .toList())), "high", null, true));
        }
        Prognosis p = in.prognosis();
        p.series().stream().filter(f -> f.model() != null && f.history().total() > 0).findFirst().ifPresent(f ->
                out.add(headlineForecast(f, p.horizonWeeks(), deadliest(periodEvents.stream().filter(e -> in
                        .trackedEventIds().getOrDefault(f.id(), Set.of()).contains(e.id())).toList()))));
        p.scenarios().stream().max(Comparator.comparingDouble(ScenarioOutlook::probability)).ifPresent(s ->
                out.add(new Passage("computed-scenario", "Most likely scenario", String.format(Locale.ROOT,
                        "Over the next %d weeks the most likely scenario is the %s case, that %s: %s.",
                        p.horizonWeeks(), s.name(), MarkdownText.escape(lowerFirst(s.title())), s.estimative()),
                        p.scenarioConfidence().level().label(), String.format(Locale.ROOT, "%.2f", s.probability()),
                        true)));
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

    /** The first tracked series' outlook, in words: what is expected and how far past forecasts can be trusted. */
    private static Passage headlineForecast(SeriesForecast f, int horizon, String citation) {
        String trust = !f.model().chosenByBacktest()
                ? "There is too little history yet to check such forecasts against what happened."
                : f.model().hasSkill() ? String.format(Locale.ROOT, "Such forecasts have erred %.0f %% less than "
                        + "assuming each week repeats the last.", 100 * (1 - f.model().skillAgainstNaive()))
                : "Such forecasts have lately been no better than simple rules of thumb: read this as a rough guide.";
        Confidence c = f.confidence();
        return new Passage("computed-outlook-" + f.id(), "Outlook: " + f.title(), String.format(Locale.ROOT,
                "%s: %s this week%s. Over the next %d weeks about %s are forecast, as likely more as fewer, with an 80 %% chance of between "
                        + "%s and %s. %s", MarkdownText.escape(f.title()), Plain.count(f.history().latest()), citation,
                horizon, Plain.count(Math.round(f.horizonTotal().central())), Plain.count(f.horizonTotal().lo80()),
                Plain.count(f.horizonTotal().hi80()), trust), c.level().label(), null, true);
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

    /** Cites the deadliest few events a statement rests on (then the latest), for the citation pass. */
    static String deadliest(List<EventEntry> events) {
        return citeIds(deadliestOf(events, CITED_EVENTS));
    }

    static List<EventEntry> deadliestOf(List<EventEntry> events, int n) {
        return events.stream().sorted(EventEntry.DEADLIEST_FIRST).distinct().limit(n).toList();
    }

    private static String citeIds(List<EventEntry> events) {
        return events.isEmpty() ? "" : " [" + events.stream().map(e -> "@event:" + e.id())
                .collect(Collectors.joining("; ")) + "]";
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
