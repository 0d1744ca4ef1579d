package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * An outcome an analyst words for the months ahead ("Russia keeps both bases under a new agreement"), with
 * what would move it (its signposts). {@code when}, if given, states it over the tracked series by month, so
 * the model can give it a probability at each horizon; without it, the probability comes from analysts'
 * judgments about it. {@code otherwise} (the last only) is whatever the others leave.
 */
public record OutcomeScenario(String name, String title, String description, String when,
                              List<Signpost> signposts) {

    public OutcomeScenario {
        signposts = List.copyOf(signposts);
        when = when == null || when.isBlank() ? null : when.strip();
    }

    public boolean measured() {
        return when != null && !otherwise();
    }

    public boolean otherwise() {
        return when != null && when.equalsIgnoreCase(ScenarioCondition.OTHERWISE);
    }

    ScenarioCondition condition(java.util.Set<String> series) {
        return ScenarioCondition.parse(when, series, ScenarioCondition.Grain.MONTHS);
    }
}
