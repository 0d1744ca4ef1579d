package dev.sitrep.analysis.trend;

import java.util.List;

/**
 * One tracked count (an event type, an actor, a governorate): this period against the baseline weeks
 * before it, and the test behind the signal ({@code pValue} of the one-sided Poisson test).
 */
public record CountRow(
        String key,
        int current,
        double baselineMean,
        double baselineSd,
        List<Integer> weekly,
        Signal signal,
        double pValue) {

    public CountRow {
        weekly = List.copyOf(weekly);
    }

    /** Change against the baseline mean, in percent; null when the baseline is zero. */
    public Double changePercent() {
        return baselineMean == 0 ? null : 100.0 * (current - baselineMean) / baselineMean;
    }
}
