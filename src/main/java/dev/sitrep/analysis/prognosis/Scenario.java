package dev.sitrep.analysis.prognosis;

import java.util.Set;

/**
 * One outcome over the forecast horizon as the job defines it, e.g. worst: "convoy movements above 8 in
 * some week, or any attack on Russian forces". Scenarios are read in order; the first whose condition
 * ({@code when}, see {@link ScenarioCondition}) holds is the one that happened.
 */
public record Scenario(String name, String title, String description, String when) {

    public ScenarioCondition condition(Set<String> series) {
        return ScenarioCondition.parse(when, series);
    }

    public boolean otherwise() {
        return when.strip().equalsIgnoreCase(ScenarioCondition.OTHERWISE);
    }
}
