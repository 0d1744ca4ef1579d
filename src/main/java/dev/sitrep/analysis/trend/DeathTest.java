package dev.sitrep.analysis.trend;

import java.util.Arrays;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.util.FastMath;

/**
 * Is this week's death toll out of the ordinary for its baseline weeks?
 *
 * <p>Weekly deaths in a war are heavy-tailed: one massacre or one offensive can kill more in a week than
 * the months around it. A mean and standard deviation taken from such weeks are ruled by their largest
 * week, so after one extreme week every later one looks normal, and before it every busy one looks
 * extreme. Two choices keep one week from deciding the test:
 * <ul>
 * <li>the counts are compared on a log scale, {@code ln(1 + deaths)}, where a doubling is the same step at
 * 10 deaths as at 1,000;</li>
 * <li>the baseline's centre and spread are its median and median absolute deviation (scaled by 1.4826 to
 * match a standard deviation under normality), which one extreme week barely moves.</li>
 * </ul>
 * The spread is never taken below {@value #MIN_SPREAD} (about ±40 % a week), nor below the Poisson noise
 * of the typical count on that scale, so that a run of near-equal weeks does not make every wobble a
 * surge; it is widened by {@code sqrt(1 + 1/n)} for having been estimated, and the two-sided p-value is
 * Student's t with n − 1 degrees of freedom. A change must also be at least {@value #MIN_EXCESS} deaths
 * from the typical week to count: three deaths where none is usual is news, not a surge.
 *
 * @param typical the baseline's median week, in deaths
 * @param z       the standardized distance on the log scale
 */
public record DeathTest(double typical, double z, double pValue, Signal signal) {

    static final String METHOD = "robust log-scale test (median and MAD of ln(1 + deaths), Student's t)";
    static final double MIN_SPREAD = 0.35;
    static final int MIN_EXCESS = 5;
    /** Below four weeks a median and its spread say too little. */
    static final int MIN_WEEKS = 4;

    public static DeathTest of(int[] baseline, int current) {
        int n = baseline.length;
        if (n < MIN_WEEKS) {
            return new DeathTest(n == 0 ? 0 : median(Arrays.stream(baseline).asDoubleStream().toArray()), 0, 1,
                    Signal.NORMAL);
        }
        double[] logs = Arrays.stream(baseline).mapToDouble(FastMath::log1p).toArray();
        double centre = median(logs);
        double[] deviations = Arrays.stream(logs).map(x -> FastMath.abs(x - centre)).toArray();
        double typical = FastMath.expm1(centre);
        double poisson = FastMath.sqrt(typical) / (1 + typical);
        double spread = FastMath.max(1.4826 * median(deviations), FastMath.max(MIN_SPREAD, poisson))
                * FastMath.sqrt(1 + 1.0 / n);
        double z = (FastMath.log1p(current) - centre) / spread;
        double p = FastMath.min(1, 2 * new TDistribution(n - 1).cumulativeProbability(-FastMath.abs(z)));
        Signal signal = Signal.NORMAL;
        if (p < CountTest.ALPHA && FastMath.abs(current - typical) >= MIN_EXCESS) {
            signal = current > typical ? Signal.SURGE : Signal.DROP;
        }
        return new DeathTest(typical, z, p, signal);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
