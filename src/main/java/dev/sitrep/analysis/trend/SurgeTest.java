package dev.sitrep.analysis.trend;

import java.util.List;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.stat.descriptive.StreamingStatistics;

/**
 * Is this week's count out of the ordinary for its baseline? A one-sided Poisson test at the baseline
 * mean: small counts are the norm in event data, where a z-score on three events would mislead.
 */
final class SurgeTest {

    static final double ALPHA = 0.05;

    private SurgeTest() {
    }

    static CountRow row(String key, List<Integer> weekly) {
        List<Integer> baseline = weekly.subList(0, weekly.size() - 1);
        int current = weekly.get(weekly.size() - 1);
        StreamingStatistics stats = new StreamingStatistics();
        baseline.forEach(stats::addValue);
        double mean = baseline.isEmpty() ? 0 : stats.getMean();
        double sd = baseline.size() < 2 ? 0 : stats.getStandardDeviation();
        // A baseline of zero events still allows a rare event: half an event over the window.
        double rate = Math.max(mean, 0.5 / Math.max(1, baseline.size()));
        PoissonDistribution poisson = new PoissonDistribution(rate);
        double pUpper = current == 0 ? 1.0 : 1.0 - poisson.cumulativeProbability(current - 1);
        double pLower = poisson.cumulativeProbability(current);
        if (current > mean && pUpper < ALPHA) {
            return new CountRow(key, current, mean, sd, weekly, Signal.SURGE, pUpper);
        }
        if (current < mean && pLower < ALPHA) {
            return new CountRow(key, current, mean, sd, weekly, Signal.DROP, pLower);
        }
        return new CountRow(key, current, mean, sd, weekly, Signal.NORMAL, Math.min(1.0, 2 * Math.min(pUpper, pLower)));
    }
}
