package dev.sitrep.analysis.trend;

import java.util.List;

/**
 * One tracked count (an event type, an actor, a governorate): this period against the baseline weeks
 * before it, the test behind its signal, the monotonic trend over the window (Mann–Kendall with Sen's
 * slope) and whether a shift in level has lasted (CUSUM).
 */
public record CountRow(
        String key,
        int current,
        double baselineMean,
        double baselineSd,
        List<Integer> weekly,
        CountTest test,
        MannKendall trend,
        SustainedChange sustained) {

    public CountRow {
        weekly = List.copyOf(weekly);
    }

    public Signal signal() {
        return test.signal();
    }

    public double pValue() {
        return test.pValue();
    }

    /** Change against the baseline mean, in percent; null when the baseline is zero. */
    public Double changePercent() {
        return baselineMean == 0 ? null : 100.0 * (current - baselineMean) / baselineMean;
    }

    public double change() {
        return current - baselineMean;
    }
}
