package dev.sitrep.analysis.prognosis;

/**
 * A model's predictive distribution of one count with its levels recalibrated on its past misses: the quantile
 * at u is the model's quantile at w(u) (see {@link LevelWarp}), the cdf w⁻¹ of the model's. Counts stay whole and
 * non-negative. Its median is the point forecast an edition states; its mean stays the model's own.
 */
public final class CalibratedCount {

    private final CountDistribution model;
    private final LevelWarp warp;

    CalibratedCount(CountDistribution model, LevelWarp warp) {
        this.model = model;
        this.warp = warp;
    }

    static CalibratedCount uncalibrated(CountDistribution model) {
        return new CalibratedCount(model, LevelWarp.IDENTITY);
    }

    /** The distribution the model itself states. */
    public CountDistribution model() {
        return model;
    }

    LevelWarp warp() {
        return warp;
    }

    /** The model's mean. */
    public double mean() {
        return model.mean();
    }

    /** The recalibrated median: the point forecast an edition states and a backtest scores for auto. */
    public int median() {
        return quantile(0.5);
    }

    public double cdf(int k) {
        return warp.inverse(model.cdf(k));
    }

    public int quantile(double probability) {
        return model.quantile(warp.apply(probability));
    }

    public int[] quantiles(double... probabilities) {
        double[] warped = new double[probabilities.length];
        for (int i = 0; i < probabilities.length; i++) {
            warped[i] = warp.apply(probabilities[i]);
        }
        return model.quantiles(warped);
    }

    /** The central intervals holding these probabilities, {lo, hi} for each in turn (see CountDistribution). */
    public int[] intervals(double... coverages) {
        return model.nearestIntervals(warp, coverages);
    }

    /** {@link #intervals} with {@link #median()} after them, in one pass. */
    int[] intervalsAndMedian(double... coverages) {
        return model.nearestIntervalsAndMedian(warp, coverages);
    }

    /** The probability of a count in [lo, hi]. */
    public double probabilityBetween(int lo, int hi) {
        return cdf(hi) - cdf(lo - 1);
    }

    public double crps(int observed) {
        return warp.isIdentity() ? model.crps(observed) : model.crps(observed, warp.risingInverse());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalibratedCount c && c.model.equals(model) && c.warp.equals(warp);
    }

    @Override
    public int hashCode() {
        return 31 * model.hashCode() + warp.hashCode();
    }

    @Override
    public String toString() {
        return warp.isIdentity() ? model.toString() : model + " at " + warp;
    }
}
