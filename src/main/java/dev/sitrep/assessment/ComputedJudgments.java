package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.ScenarioOutlook;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.MarkdownText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The key judgments the numbers support, written as statements with the figures and events behind them.
 * Their bodies are Markdown like analysts' prose, so every name that comes from data is escaped.
 */
final class ComputedJudgments {

    private static final int CITED_EVENTS = 3;

    private ComputedJudgments() {
    }

    static List<Passage> from(CompositionInput in, List<EventEntry> periodEvents) {
        List<Passage> out = new ArrayList<>();
        Trends t = in.trends();
        CountRow total = t.total();
        out.add(new Passage("computed-activity", "Activity against the baseline", String.format(Locale.ROOT,
                "Sitrep logged %d events in %s against a %d-week baseline of %.1f a week: %s (one-sided Poisson "
                        + "test, p = %.3f).", total.current(), t.period(), t.baselineWeeks(), total.baselineMean(),
                total.signal().label(), total.pValue()), null, null, true));
        for (CountRow surge : t.byType()) {
            if (surge.signal() == Signal.SURGE) {
                out.add(new Passage("computed-surge-" + surge.key(), "Surge in " + surge.key(), String.format(
                        Locale.ROOT, "Events of type %s surged: %d this week against a baseline of %.1f a week "
                                + "(p = %.3f)%s.", MarkdownText.escape(surge.key()), surge.current(), surge.baselineMean(), surge.pValue(),
                        cite(periodEvents.stream().filter(e -> e.type().equals(surge.key())).toList())),
                        null, null, true));
            }
        }
        for (SeriesForecast f : in.prognosis().series()) {
            f.scenarios().stream().max(Comparator.comparingDouble(ScenarioOutlook::probability)).ifPresent(s ->
                    out.add(new Passage("computed-outlook-" + f.id(), f.title(), String.format(Locale.ROOT,
                            "%s: %d in %s and %d over the last %d weeks%s. Over the next %d weeks the most probable "
                                    + "outcome is that %s: %s (%s).", MarkdownText.escape(f.title()), f.history().latest(),
                            t.period(), f.history().total(), f.history().counts().size(),
                            cite(periodEvents.stream().filter(e -> in.trackedEventIds()
                                    .getOrDefault(f.id(), Set.of()).contains(e.id())).toList()),
                            in.prognosis().horizonWeeks(), MarkdownText.escape(lowerFirst(s.title())), s.estimative(),
                            s.range()),
                            null, s.estimative(), true)));
        }
        return out;
    }

    /** Cites the latest few events a statement rests on, as [@event:id] for the citation pass. */
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
