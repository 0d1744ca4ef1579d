package dev.sitrep.analysis.trend;

import java.util.List;

/**
 * One count of the period that stands out from its baseline: events or deaths, in the whole scope
 * ({@code dimension} null) or for one type, actor, dyad, governorate or place. {@code score} ranks
 * findings by how unusual and how large the change is together (see {@link Findings}).
 *
 * @param typical the baseline's usual week: its mean for events, its median for deaths (whose mean one
 *                extreme week can rule)
 * @param weekly  the baseline weeks and the period, oldest first
 */
public record Finding(Metric metric, Dimension dimension, String key, int current, double baselineMean,
                      double typical, Signal signal, double pValue, double z, String method, double score,
                      List<Integer> weekly) {

    public enum Metric { EVENTS, DEATHS }

    public Finding {
        weekly = List.copyOf(weekly);
    }

    /** How many times the baseline mean this week is; null when the baseline is zero. */
    public Double ratio() {
        return baselineMean == 0 ? null : current / baselineMean;
    }
}
