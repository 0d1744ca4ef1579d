package dev.sitrep.analysis.prognosis;

import java.util.List;

/**
 * Analytic confidence in a forecast (ICD 203 asks for it beside every likelihood), from how much data
 * there is and how well the model has done on it; {@code reasons} say what lowered it.
 */
public record Confidence(Level level, List<String> reasons) {

    public enum Level {
        LOW, MODERATE, HIGH;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Confidence {
        reasons = List.copyOf(reasons);
    }

    /** The lower of the two, with the reasons of both. */
    public Confidence min(Confidence other) {
        Level lower = level.compareTo(other.level) <= 0 ? level : other.level;
        List<String> all = new java.util.ArrayList<>(reasons);
        other.reasons.stream().filter(r -> !all.contains(r)).forEach(all::add);
        return new Confidence(lower, all);
    }
}
