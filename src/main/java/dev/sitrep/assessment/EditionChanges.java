package dev.sitrep.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * "Changes since vN": what a new version of an edition changed against the one before it, and why:
 * events added (late events), revised (corrections) or withdrawn, key judgments and forecasts that
 * changed, and a change of template, software or citation style.
 */
public record EditionChanges(
        int sinceVersion,
        List<String> eventsAdded,
        List<String> eventsRevised,
        List<String> eventsWithdrawn,
        List<String> judgmentsChanged,
        List<String> forecastsChanged,
        List<String> reasons) {

    public EditionChanges {
        eventsAdded = List.copyOf(eventsAdded);
        eventsRevised = List.copyOf(eventsRevised);
        eventsWithdrawn = List.copyOf(eventsWithdrawn);
        judgmentsChanged = List.copyOf(judgmentsChanged);
        forecastsChanged = List.copyOf(forecastsChanged);
        reasons = List.copyOf(reasons);
    }

    public static EditionChanges between(int sinceVersion, EditionBasis before, EditionBasis now) {
        List<String> added = new ArrayList<>();
        List<String> revised = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        now.events().forEach((id, revision) -> {
            Integer was = before.events().get(id);
            if (was == null) {
                added.add(id);
            } else if (!was.equals(revision)) {
                revised.add(id + " (revision " + was + " → " + revision + ")");
            }
        });
        before.events().keySet().stream().filter(id -> !now.events().containsKey(id)).forEach(withdrawn::add);
        List<String> judgments = new ArrayList<>();
        for (String id : new TreeSet<>(union(before.keyJudgments(), now.keyJudgments()))) {
            String was = before.keyJudgments().get(id);
            String is = now.keyJudgments().get(id);
            if (!Objects.equals(was, is)) {
                String title = title(is != null ? is : was, id);
                judgments.add(title + (was == null ? " (new)" : is == null ? " (dropped)" : " (revised)"));
            }
        }
        List<String> forecasts = new ArrayList<>();
        for (String series : new TreeSet<>(union(before.forecasts(), now.forecasts()))) {
            Double was = before.forecasts().get(series);
            Double is = now.forecasts().get(series);
            if (!Objects.equals(was, is)) {
                forecasts.add(series + ": " + (was == null ? "–" : was) + " → " + (is == null ? "–" : is));
            }
        }
        List<String> reasons = new ArrayList<>();
        if (!added.isEmpty()) {
            reasons.add("late events");
        }
        if (!revised.isEmpty()) {
            reasons.add("corrections");
        }
        if (!withdrawn.isEmpty()) {
            reasons.add("withdrawn events");
        }
        if (!Objects.equals(before.template(), now.template())) {
            reasons.add("template change");
        }
        if (!Objects.equals(before.software(), now.software())) {
            reasons.add("software change (" + before.software() + " → " + now.software() + ")");
        }
        if (!Objects.equals(before.citationStyle(), now.citationStyle())) {
            reasons.add("citation style change");
        }
        if (reasons.isEmpty()) {
            reasons.add("standing judgments or analysis settings changed");
        }
        return new EditionChanges(sinceVersion, added, revised, withdrawn, judgments, forecasts, reasons);
    }

    /** "Damascus sets the terms · 3f…" → its title, or the id for a computed statement without one. */
    private static String title(String entry, String id) {
        String title = entry.substring(0, entry.lastIndexOf(" · "));
        return title.isBlank() ? id : title;
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a.keySet());
        all.addAll(b.keySet());
        return all;
    }
}
