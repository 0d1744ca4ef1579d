package dev.sitrep.analysis.trend;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.util.FastMath;

/**
 * Has the series moved in one direction over the window? The Mann-Kendall test looks only at the order of
 * later against earlier weeks, so one violent week cannot manufacture a trend the way it tilts a least-squares
 * line; Sen's slope (the median pairwise slope) sizes the trend with the same robustness.
 *
 * <p>Ties are common in weekly counts, so Var(S) carries the tie correction; Z carries the usual continuity
 * correction, since S moves in steps of two. The p-value is two-sided from the normal approximation, as in
 * Gilbert (1987), R {@code trend::mk.test} and pyMannKendall's {@code original_test}.
 *
 * @param n         the number of values
 * @param s         Σ_{i<j} sign(x_j − x_i)
 * @param varianceS tie-corrected variance of S under no trend
 * @param z         continuity-corrected standard score of S
 * @param pValue    two-sided p-value
 * @param tau       S / (n(n−1)/2), Mann-Kendall's tau (not tau-b)
 * @param senSlope  median of (x_j − x_i)/(j − i) over i &lt; j, per period
 * @param direction INCREASING or DECREASING when {@code pValue < ALPHA}, by the sign of S
 */
public record MannKendall(int n, long s, double varianceS, double z, double pValue, double tau, double senSlope,
                          Direction direction) {

    static final double ALPHA = 0.05;

    public enum Direction { INCREASING, DECREASING, NONE }

    public static MannKendall of(int[] series) {
        return of(Arrays.stream(series).asDoubleStream().toArray());
    }

    public static MannKendall of(double[] series) {
        int n = series.length;
        for (double x : series) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("not a finite value: " + x);
            }
        }
        if (n < 3) {
            // Two points always "trend"; the test has nothing to say about them.
            return new MannKendall(n, 0, 0, 0, 1, 0, 0, Direction.NONE);
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += series[j] > series[i] ? 1 : series[j] < series[i] ? -1 : 0;
            }
        }
        double variance = (n * (n - 1.0) * (2.0 * n + 5) - tieTerm(series)) / 18;
        double z = 0;
        if (variance > 0 && s != 0) {
            z = (s > 0 ? s - 1 : s + 1) / FastMath.sqrt(variance);
        }
        // 2·Φ(−|z|) rather than 2·(1 − Φ(|z|)): keeps precision for strong trends.
        double p = z == 0 ? 1 : FastMath.min(1, 2 * new NormalDistribution(0, 1).cumulativeProbability(-FastMath.abs(z)));
        double tau = s / (n * (n - 1) / 2.0);
        Direction direction = p >= ALPHA ? Direction.NONE : s > 0 ? Direction.INCREASING : Direction.DECREASING;
        return new MannKendall(n, s, variance, z, p, tau, senSlope(series), direction);
    }

    /** Σ t(t−1)(2t+5) over groups of equal values. */
    private static double tieTerm(double[] series) {
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        double term = 0;
        int run = 1;
        for (int i = 1; i <= sorted.length; i++) {
            if (i < sorted.length && sorted[i] == sorted[i - 1]) {
                run++;
            } else {
                term += run * (run - 1.0) * (2.0 * run + 5);
                run = 1;
            }
        }
        return term;
    }

    private static double senSlope(double[] series) {
        int n = series.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                slopes[k++] = (series[j] - series[i]) / (j - i);
            }
        }
        Arrays.sort(slopes);
        int mid = slopes.length / 2;
        return slopes.length % 2 == 1 ? slopes[mid] : (slopes[mid - 1] + slopes[mid]) / 2;
    }
}
