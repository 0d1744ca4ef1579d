package dev.sitrep.analysis.prognosis;

/** A scenario with the probability the forecasts give it, and that probability in estimative words. */
public record ScenarioOutlook(String name, String title, String description, String condition, double probability,
                              String estimative, String range) {
}
