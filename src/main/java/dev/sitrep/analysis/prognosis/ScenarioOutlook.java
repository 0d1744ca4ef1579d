package dev.sitrep.analysis.prognosis;

/** A scenario with the probability the forecast gives it, and that probability in estimative words. */
public record ScenarioOutlook(String name, String title, String description, double probability, String estimative,
                              String range) {
}
