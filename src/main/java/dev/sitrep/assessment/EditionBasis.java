package dev.sitrep.assessment;

import dev.sitrep.core.Sha256;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an edition rests on, kept beside it ({@code edition.json}) so that the next version can say what
 * changed: each event of the period at its revision, each key judgment's text (by digest), each
 * series' expected total over the horizon, and the template, software and citation style.
 */
public record EditionBasis(
        Map<String, Integer> events,
        Map<String, String> keyJudgments,
        Map<String, Double> forecasts,
        String template,
        String software,
        String citationStyle) {

    public EditionBasis {
        events = new TreeMap<>(events);
        keyJudgments = new TreeMap<>(keyJudgments);
        forecasts = new TreeMap<>(forecasts);
    }

    public static EditionBasis of(Assessment a, String templateHash, String software, String citationStyle) {
        Map<String, Integer> events = new TreeMap<>();
        a.periodEvents().forEach(e -> events.put(e.id(), e.revision()));
        Map<String, String> judgments = new TreeMap<>();
        a.keyJudgments().forEach(p -> judgments.put(p.id(), (p.title() == null ? "" : p.title()) + " · "
                + Sha256.hex(p.body() + "|" + p.confidence() + "|" + p.likelihood()).substring(0, 16)));
        Map<String, Double> forecasts = new TreeMap<>();
        a.prognosis().series().stream().filter(f -> f.horizonTotal() != null)
                .forEach(f -> forecasts.put(f.title(), f.horizonTotal().central()));
        return new EditionBasis(events, judgments, forecasts, templateHash, software, citationStyle);
    }
}
