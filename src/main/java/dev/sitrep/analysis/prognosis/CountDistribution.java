package dev.sitrep.analysis.prognosis;

import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.special.Beta;
import org.hipparchus.util.FastMath;

/**
 * The predictive distribution of one count: negative binomial when over-dispersed, Poisson otherwise, and a
 * point mass at zero when nothing is expected. Parametrised by mean and variance because that is what the
 * forecasts calibrate; the negative binomial's size may be any positive real.
 */
public final class CountDistribution {

    /** Variances this close to the mean are Poisson; the negative binomial's size would be astronomically large. */
    private static final double POISSON_TOLERANCE = 1e-9;
    /** The upper tail of the CRPS sum stops once 1 − F(k) is below this: the rest adds less than it squared. */
    private static final double TAIL = 1e-12;
    private static final int MAX_CRPS_TERMS = 100_000_000;
    /**
     * Beyond this size Hipparchus' incomplete beta loses digits (about 1e-11 absolute at 1e5, 1e-9 at 1e8, 1e-6 at
     * 1e10), while the distribution is so near Poisson that summing its few relevant pmf terms is cheap and exact.
     */
    private static final double HUGE_SIZE = 1e5;
    /** Beyond this many counts across the bulk, scanning them costs more than bisecting for each quantile. */
    private static final int SCAN_LIMIT = 20_000;
    private static final double CLEAR = 1e-9;

    private enum Kind { ZERO, POISSON, NEGATIVE_BINOMIAL }

    private static final CountDistribution ZERO = new CountDistribution(Kind.ZERO, 0, 0);

    private final Kind kind;
    private final double mean;
    private final double variance;
    /** Negative binomial only: size r, success probability p = r / (r + mean) and q = 1 − p, each computed directly. */
    private final double size;
    private final double p;
    private final double q;
    private final PoissonDistribution poisson;

    private CountDistribution(Kind kind, double mean, double variance) {
        this.kind = kind;
        this.mean = mean;
        this.variance = variance;
        if (kind == Kind.NEGATIVE_BINOMIAL) {
            size = sizeFor(mean, variance);
            p = size / (size + mean);
            q = mean / (size + mean);
        } else {
            size = Double.POSITIVE_INFINITY;
            p = 1;
            q = 0;
        }
        poisson = kind == Kind.POISSON ? new PoissonDistribution(mean) : null;
    }

    /**
     * The count distribution with this mean and variance. A variance at or below the mean gives the Poisson
     * (counts are not modelled as under-dispersed, so its variance is then the mean).
     */
    public static CountDistribution of(double mean, double variance) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("a count's mean is finite and >= 0, not " + mean);
        }
        if (Double.isNaN(variance) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("a count's variance is finite, not " + variance);
        }
        if (mean == 0) {
            return ZERO;
        }
        if (variance <= mean * (1 + POISSON_TOLERANCE)) {
            return new CountDistribution(Kind.POISSON, mean, mean);
        }
        if (!(sizeFor(mean, variance) >= Double.MIN_NORMAL)) {
            // Only for absurd inputs (a mean below ~1e-300, a variance overflowing the ratio): no NB is representable.
            return new CountDistribution(Kind.POISSON, mean, mean);
        }
        return new CountDistribution(Kind.NEGATIVE_BINOMIAL, mean, variance);
    }

    /** r = mean² / (variance − mean), written so that mean² cannot underflow for tiny means. */
    private static double sizeFor(double mean, double variance) {
        return mean / (variance / mean - 1);
    }

    public double mean() {
        return mean;
    }

    public double variance() {
        return variance;
    }

    public boolean isPointMassAtZero() {
        return kind == Kind.ZERO;
    }

    public double pmf(int k) {
        if (k < 0) {
            return 0;
        }
        return switch (kind) {
            case ZERO -> k == 0 ? 1 : 0;
            case POISSON -> poisson.probability(k);
            case NEGATIVE_BINOMIAL -> FastMath.exp(logPmfNegativeBinomial(k));
        };
    }

    /** log of C(k + r − 1, k) p^r q^k; the binomial coefficient as 1 / (k B(k, r)) stays accurate for huge r. */
    private double logPmfNegativeBinomial(int k) {
        double logP = -FastMath.log1p(mean / size);
        if (k == 0) {
            return size * logP;
        }
        return -FastMath.log(k) - Beta.logBeta(k, size) + size * logP + k * FastMath.log(q);
    }

    public double cdf(int k) {
        if (k < 0) {
            return 0;
        }
        return switch (kind) {
            case ZERO -> 1;
            case POISSON -> poisson.cumulativeProbability(k);
            // The incomplete beta can stray past 1 by rounding; a cdf above 1 would upset quantiles and scores.
            case NEGATIVE_BINOMIAL -> FastMath.min(1, FastMath.max(0, cdfNegativeBinomial(k)));
        };
    }

    /**
     * F(k) = I_p(r, k + 1) = 1 − I_q(k + 1, r). Hipparchus switches to the complement by computing 1 − x itself,
     * which loses digits when q is tiny; choosing the side here hands it an argument it will not complement.
     */
    private double cdfNegativeBinomial(int k) {
        if (size > HUGE_SIZE) {
            return cdfBySummation(k);
        }
        double a = size;
        double b = k + 1.0;
        if (p <= (a + 1) / (a + b + 2)) {
            return Beta.regularizedBeta(p, a, b);
        }
        return 1 - Beta.regularizedBeta(q, b, a);
    }

    /**
     * F(k) as a sum of pmf terms over the shorter tail, from where the mass becomes negligible: near-Poisson
     * distributions have only about √mean terms that matter, and the pmf (via log B(k, r)) stays exact there.
     */
    private double cdfBySummation(int k) {
        double sd = FastMath.sqrt(variance);
        if (k <= mean) {
            int from = (int) FastMath.max(0, FastMath.floor(mean - 15 * sd - 10));
            if (k < from) {
                return 0;
            }
            double term = pmf(from);
            double sum = 0;
            for (int j = from; j <= k; j++) {
                sum += term;
                term *= ratio(j);
            }
            return sum;
        }
        int to = (int) FastMath.min(Integer.MAX_VALUE - 1, FastMath.ceil(mean + 15 * sd + 10));
        double term = pmf(k + 1);
        double tail = 0;
        for (int j = k + 1; j <= to; j++) {
            tail += term;
            term *= ratio(j);
        }
        return 1 - tail;
    }

    /** The smallest k with cdf(k) >= probability; Integer.MAX_VALUE for probability 1. */
    public int quantile(double probability) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("a probability lies in [0, 1], not " + probability);
        }
        if (kind == Kind.ZERO || probability == 0) {
            return 0;
        }
        if (probability == 1) {
            return Integer.MAX_VALUE;
        }
        // Cantelli's one-sided bounds bracket the quantile, so bisection needs only a few cdf evaluations.
        double sd = FastMath.sqrt(variance);
        long lo = (long) FastMath.ceil(mean - sd * FastMath.sqrt((1 - probability) / probability)) - 1;
        if (lo < -1 || (lo >= 0 && cdf(clamp(lo)) >= probability)) {
            lo = -1;
        }
        long hi = (long) FastMath.ceil(mean + sd * FastMath.sqrt(probability / (1 - probability)));
        while (hi < Integer.MAX_VALUE && cdf(clamp(hi)) < probability) {
            lo = hi;
            hi = FastMath.min(Integer.MAX_VALUE, 2 * hi + 1);
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (cdf(clamp(mid)) >= probability) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return clamp(hi);
    }

    /**
     * The quantiles of several probabilities, each exactly {@link #quantile(double)}, for a fraction of its
     * cost: one pass of the pmf recurrence over the bulk of a negative binomial finds each candidate, and
     * the exact cdf then confirms it (moving it a step where rounding in the recurrence misplaced it).
     * Each bisection of quantile costs some ten incomplete-beta evaluations; this costs about two.
     */
    public int[] quantiles(double... probabilities) {
        int[] result = new int[probabilities.length];
        double[] approximate = approximateCdf();
        if (approximate == null) {
            for (int i = 0; i < probabilities.length; i++) {
                result[i] = quantile(probabilities[i]);
            }
            return result;
        }
        int start = bulkStart();
        for (int i = 0; i < probabilities.length; i++) {
            result[i] = confirmedQuantile(probabilities[i], approximate, start);
        }
        return result;
    }

    /**
     * The central intervals holding these probabilities in the distribution whose cdf is {@code warp}'s inverse of
     * this one's, as {lo, hi} for each in turn. Each end is the count whose tail is nearest the level, not the
     * quantile, which always errs wide: on a sparse series the quantiles' "0 to 1" holds far more than 80 % of
     * weeks. And an interval from 0 spends all it may miss above, nothing falling below 0 (its upper end is
     * nearest F = coverage; making up any lower end's rounding this way only made ends noisier). The tails come from the
     * quantiles' own pass over the bulk where there is one: off by rounding only, which cannot sway the choice
     * between two counts but at an exact tie.
     */
    int[] nearestIntervals(LevelWarp warp, double... coverages) {
        return nearestIntervals(warp, false, coverages);
    }

    /**
     * The same ends followed by the median read at {@code warp} (the quantile at w(½)), in one pass over the cdf:
     * a bisection apiece for the median made a backtest of every model at every origin three times slower.
     */
    int[] nearestIntervalsAndMedian(LevelWarp warp, double... coverages) {
        return nearestIntervals(warp, true, coverages);
    }

    private int[] nearestIntervals(LevelWarp warp, boolean median, double... coverages) {
        double[] approximate = approximateCdf();
        int start = bulkStart();
        int[] ends = new int[2 * coverages.length + (median ? 1 : 0)];
        if (median) {
            ends[ends.length - 1] = kind == Kind.ZERO ? 0 : quantileAt(warp.apply(0.5), approximate, start);
        }
        for (int i = 0; i < coverages.length; i++) {
            double tail = (1 - coverages[i]) / 2;
            int lo = quantileAt(warp.apply(tail), approximate, start);
            if (lo != Integer.MAX_VALUE && calibratedCdf(lo, warp, approximate, start) - tail
                    < tail - calibratedCdf(lo - 1, warp, approximate, start)) {
                lo++;
            }
            double upper = lo == 0 ? coverages[i] : (1 + coverages[i]) / 2;
            int hi = quantileAt(warp.apply(upper), approximate, start);
            if (hi > lo && hi != Integer.MAX_VALUE && upper - calibratedCdf(hi - 1, warp, approximate, start)
                    < calibratedCdf(hi, warp, approximate, start) - upper) {
                hi--;
            }
            ends[2 * i] = lo;
            ends[2 * i + 1] = FastMath.max(lo, hi);
        }
        return ends;
    }

    private int quantileAt(double probability, double[] approximate, int start) {
        return approximate == null ? quantile(probability) : confirmedQuantile(probability, approximate, start);
    }

    private double calibratedCdf(int k, LevelWarp warp, double[] approximate, int start) {
        return warp.inverse(cdf(k, approximate, start));
    }

    private double cdf(int k, double[] approximate, int start) {
        if (k < 0) {
            return 0;
        }
        return approximate != null && k >= start && k - start < approximate.length ? approximate[k - start] : cdf(k);
    }

    private int bulkStart() {
        return (int) FastMath.max(0, FastMath.floor(mean - 15 * FastMath.sqrt(variance) - 10));
    }

    /** F over [bulkStart(), mean + 15 sd + 10] by the pmf recurrence; null where bisection is the cheaper way. */
    private double[] approximateCdf() {
        double sd = FastMath.sqrt(variance);
        int start = bulkStart();
        int end = (int) FastMath.min(Integer.MAX_VALUE - 1L, FastMath.ceil(mean + 15 * sd + 10));
        if (kind != Kind.NEGATIVE_BINOMIAL || size > HUGE_SIZE || (long) end - start > SCAN_LIMIT) {
            return null;
        }
        double[] approximate = new double[end - start + 1];
        double f = start == 0 ? 0 : cdf(start - 1);
        double pk = pmf(start);
        for (int k = start; k <= end; k++) {
            if (pk == 0 && k < mean) {
                pk = pmf(k); // the recurrence cannot climb out of an underflow
            }
            f += pk;
            approximate[k - start] = f;
            pk *= ratio(k);
        }
        return approximate;
    }

    private int confirmedQuantile(double probability, double[] approximate, int start) {
        if (!(probability > 0 && probability < 1)) {
            return quantile(probability);
        }
        int index = java.util.Arrays.binarySearch(approximate, probability);
        int k = start + (index >= 0 ? index : -index - 1);
        if (k > start + approximate.length - 1) {
            return quantile(probability);
        }
        // The recurrence is off by rounding only (about 1e-13): where it is clearly on each side of the
        // probability, it decides; near it, the exact cdf does.
        int i = k - start;
        boolean clear = approximate[i] - probability > CLEAR && (i == 0 ? start == 0 : probability - approximate[i - 1] > CLEAR);
        if (clear) {
            return k;
        }
        while (cdf(k) < probability) {
            k++;
        }
        while (k > 0 && cdf(k - 1) >= probability) {
            k--;
        }
        return k;
    }

    private static int clamp(long k) {
        return (int) FastMath.min(Integer.MAX_VALUE, FastMath.max(0, k));
    }

    /** The central interval {quantile((1 − level) / 2), quantile((1 + level) / 2)}. */
    public int[] interval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("an interval's level lies in (0, 1), not " + level);
        }
        return new int[] {quantile((1 - level) / 2), quantile((1 + level) / 2)};
    }

    /** One draw; the negative binomial as a Poisson with a gamma-distributed rate. */
    public int sample(RandomGenerator rng) {
        return switch (kind) {
            case ZERO -> 0;
            case POISSON -> RandomDataGenerator.of(rng).nextPoisson(mean);
            case NEGATIVE_BINOMIAL -> {
                RandomDataGenerator random = RandomDataGenerator.of(rng);
                double rate = random.nextGamma(size, mean / size);
                yield rate > 0 ? random.nextPoisson(rate) : 0;
            }
        };
    }

    /**
     * The continuous ranked probability score Σ_k (F(k) − 1{k ≥ observed})², in counts (lower is better; a point
     * mass scores its absolute error). F is accumulated from the pmf by recurrence from where the mass starts.
     */
    public double crps(int observed) {
        return crps(observed, java.util.function.DoubleUnaryOperator.identity());
    }

    /** The CRPS of the distribution whose cdf is {@code cdfMap} of this one's (a monotone map of [0, 1] onto itself). */
    double crps(int observed, java.util.function.DoubleUnaryOperator cdfMap) {
        if (observed < 0) {
            throw new IllegalArgumentException("a count is >= 0, not " + observed);
        }
        if (kind == Kind.ZERO) {
            return observed;
        }
        double sd = FastMath.sqrt(variance);
        int start = (int) FastMath.max(0, FastMath.floor(mean - 12 * sd));
        double below = start == 0 ? 0 : cdf(start - 1);
        if (below > 1e-15) {
            start = 0;
            below = 0;
        }
        // Below start F is negligible: those terms are 0 before the observation and 1 from it on.
        double score = FastMath.max(0, start - observed);
        double f = below;
        double pk = pmf(start);
        for (int k = start, terms = 0; terms < MAX_CRPS_TERMS; k++, terms++) {
            if (pk == 0 && k < mean) {
                pk = pmf(k); // the recurrence cannot climb out of an underflow
            }
            f += pk;
            double indicator = k >= observed ? 1 : 0;
            double mapped = cdfMap.applyAsDouble(f);
            score += (mapped - indicator) * (mapped - indicator);
            if (k >= observed && k >= mean && 1 - f < TAIL) {
                break;
            }
            pk *= ratio(k);
        }
        return score;
    }

    /** pmf(k + 1) / pmf(k). */
    private double ratio(int k) {
        return kind == Kind.POISSON ? mean / (k + 1.0) : (k + size) / (k + 1.0) * q;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CountDistribution d && d.kind == kind && Double.compare(d.mean, mean) == 0
                && Double.compare(d.variance, variance) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + Double.hashCode(mean)) + Double.hashCode(variance);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case ZERO -> "PointMass(0)";
            case POISSON -> "Poisson(mean=" + mean + ")";
            case NEGATIVE_BINOMIAL ->
                    "NegativeBinomial(mean=" + mean + ", variance=" + variance + ", size=" + size + ")";
        };
    }
}
