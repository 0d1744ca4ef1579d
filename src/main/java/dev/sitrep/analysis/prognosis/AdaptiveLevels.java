package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import org.hipparchus.util.FastMath;

/**
 * Recalibrates a model's predictive distributions on where its past targets fell in them (their PIT values), per
 * horizon: at origin o the level the model calls τ is read at w(τ), the τ-quantile of the PITs of the targets
 * before o, recent ones weighted more. A model whose 90 % quantile was exceeded 15 % of the time lately has its
 * upper ends read further out; one whose intervals were too wide, nearer in. The weights are a weighted conformal
 * correction: it follows a change of regime within a few half-lives rather than averaging over the war.
 *
 * <p>Counts are discrete, so a target's PIT is the interval [F(y − 1), F(y)] and counts spread uniformly over it
 * (randomising it instead would make the edition depend on a seed).
 *
 * <p>No look-ahead: the levels at origin o rest on targets before o only (a forecast made at o' for horizon h is
 * scored from origin o' + h on).
 *
 * <p>The window (104 targets) and half-life (26 weeks) were chosen on the UCDP development span (README, Forecast
 * evaluation). Shorter half-lives follow a shift sooner but rest on fewer targets: at 13 weeks the noisy levels left
 * 80 % intervals covering 76 % of a stationary Poisson series. So the levels are read twice, with the slow weights
 * and with fast ones (half-life 8 weeks), and each end is the further out of the two: after a run of misses the fast
 * reading moves the end out within weeks, while its noise can never pull an end inside the slow one. On the 2018
 * test span this raised the 80 % intervals' coverage from 77 to 78 % at one week and from 70 to 72 % at four. Tried there and not kept: adaptive conformal
 * inference on each end's level (moving by γ·(miss − α) after each target), alone and on top of this, γ from 0.005
 * to 0.04: with 130 weeks a series it had not converged by the span, and on top it added nothing to coverage and
 * cost CRPS.
 */
final class AdaptiveLevels {

    /** The levels of the stated intervals' ends, the 50, 80 and 95 % intervals' tails. */
    static final double[] ENDS = {(1 - 0.95) / 2, (1 - 0.80) / 2, (1 - 0.50) / 2, (1 + 0.50) / 2, (1 + 0.80) / 2,
            (1 + 0.95) / 2};
    /** Fewer scored targets than this leave the model's levels alone. */
    static final int MIN_TARGETS = RollingForecasts.MIN_SCORED;
    /** The targets weighed, at most, and their half-life; chosen on the UCDP development span (README). */
    static final int WINDOW = 104;
    static final double HALF_LIFE = 26;
    /** The weight of a target by its age in weeks before the origin's last week. */
    private static final double[] SLOW = weights(HALF_LIFE);
    /** The second reading's half-life: the shortest that kept the development span's coverage in 78–82/93–97 %. */
    static final double FAST_HALF_LIFE = 8;
    private static final double[] FAST = weights(FAST_HALF_LIFE);

    private static double[] weights(double halfLife) {
        double[] w = new double[WINDOW];
        for (int age = 0; age < WINDOW; age++) {
            w[age] = FastMath.pow(0.5, age / halfLife);
        }
        return w;
    }

    /** Levels stay this far inside (0, 1): an end at the 100 % quantile would be no end. */
    private static final double FLOOR = 1e-4;
    private static final double GAP = 1e-9;
    /** Sort keys carry a target's slot, its index modulo SLOTS (more than WINDOW), and which end of its PIT. */
    private static final int SLOTS = 256;
    private static final int INDEX_BITS = 9;
    private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
    private static final double UNIT = 1.0 / (1L << 52);

    private AdaptiveLevels() {
    }

    /**
     * The warps in force at each origin 0..n, horizon h at index h − 1, for forecasts whose model distributions
     * at origin o are {@code distributions.apply(o)}, scored from {@code firstOrigin} on.
     */
    static LevelWarp[][] fit(int[] series, int maxHorizon, int firstOrigin,
                             IntFunction<List<CountDistribution>> distributions) {
        int n = series.length;
        List<List<CountDistribution>> stated = new ArrayList<>(Collections.nCopies(n + 1, null));
        for (int origin = firstOrigin; origin < n; origin++) {
            stated.set(origin, distributions.apply(origin));
        }
        LevelWarp[][] warps = new LevelWarp[n + 1][maxHorizon];
        for (int h = 1; h <= maxHorizon; h++) {
            int index = h - 1;
            LevelWarp[] atH = fitOne(series, h, firstOrigin, o -> stated.get(o).get(index));
            for (int origin = 0; origin <= n; origin++) {
                warps[origin][index] = atH[origin];
            }
        }
        return warps;
    }

    /** The same for the total of the {@code horizon} weeks after each origin, whose distributions are given. */
    static LevelWarp[] fitTotals(int[] series, int horizon, int firstOrigin, IntFunction<CountDistribution> totals) {
        // sums[t]: the total of the weeks ending with t, the target of the forecast made at t − horizon + 1.
        int[] sums = new int[series.length];
        long running = 0;
        for (int t = 0; t < series.length; t++) {
            running += series[t] - (t >= horizon ? series[t - horizon] : 0);
            sums[t] = (int) FastMath.min(Integer.MAX_VALUE, running);
        }
        return fitOne(sums, horizon, firstOrigin, totals);
    }

    /** Warps at origins 0..n for forecasts made at o of targets[o + lag − 1], with model distributions given. */
    private static LevelWarp[] fitOne(int[] targets, int lag, int firstOrigin, IntFunction<CountDistribution> stated) {
        int n = targets.length;
        LevelWarp[] warps = new LevelWarp[n + 1];
        double[] pitLow = new double[n];
        double[] pitHigh = new double[n];
        long[] keys = new long[2 * n];
        // The window's PIT interval ends, kept sorted as it slides: one target in, one out, at each origin.
        long[] events = new long[2 * WINDOW + 2];
        int size = 0;
        int firstTarget = firstOrigin + lag - 1;
        for (int origin = 0; origin <= n; origin++) {
            int from = origin - lag;
            if (from >= firstOrigin) {
                int t = origin - 1;
                CountDistribution d = stated.apply(from);
                pitLow[t] = d.cdf(targets[t] - 1);
                pitHigh[t] = d.cdf(targets[t]);
                long slot = 2L * (t % SLOTS);
                keys[2 * t] = (fixed(pitLow[t]) << INDEX_BITS) | slot;
                keys[2 * t + 1] = (fixed(pitHigh[t]) << INDEX_BITS) | (slot + 1);
                size = insert(events, size, keys[2 * t]);
                size = insert(events, size, keys[2 * t + 1]);
                int old = t - WINDOW;
                if (old >= firstTarget) {
                    size = remove(events, size, keys[2 * old]);
                    size = remove(events, size, keys[2 * old + 1]);
                }
            }
            warps[origin] = origin - firstTarget < MIN_TARGETS ? LevelWarp.IDENTITY
                    : warp(combined(events, size, pitLow, pitHigh, origin));
        }
        return warps;
    }

    private static int insert(long[] sorted, int size, long key) {
        int at = Arrays.binarySearch(sorted, 0, size, key);
        at = at >= 0 ? at : -at - 1;
        System.arraycopy(sorted, at, sorted, at + 1, size - at);
        sorted[at] = key;
        return size + 1;
    }

    private static int remove(long[] sorted, int size, long key) {
        int at = Arrays.binarySearch(sorted, 0, size, key);
        System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
        return size - 1;
    }

    /**
     * Each end read further out of the two readings, the slow and the fast: the fast one moves an end out within
     * weeks of a run of misses, and the slow one keeps the fast one's noise from pulling an end in.
     */
    private static double[] combined(long[] events, int size, double[] low, double[] high, int origin) {
        double[] slow = recalibrated(events, size, low, high, origin, SLOW);
        double[] fast = recalibrated(events, size, low, high, origin, FAST);
        for (int i = 0; i < slow.length; i++) {
            slow[i] = ENDS[i] < 0.5 ? FastMath.min(slow[i], fast[i]) : FastMath.max(slow[i], fast[i]);
        }
        return slow;
    }

    /**
     * The ENDS-quantiles of the PITs of the window's targets weighted by {@code weights[age]}, whose interval ends
     * are {@code events} (sorted): their cdf is piecewise linear (each target a uniform over its PIT interval, or a
     * jump where that is a point), so one sweep over the sorted ends finds them all.
     */
    private static double[] recalibrated(long[] events, int size, double[] low, double[] high, int origin,
                                         double[] weights) {
        double total = 0;
        for (int age = 0; age < size / 2; age++) {
            total += weights[age];
        }
        double[] out = new double[ENDS.length];
        int level = 0;
        double value = 0;
        double slope = 0;
        double at = 0;
        for (int e = 0; e < size && level < ENDS.length; e++) {
            double position = (events[e] >>> INDEX_BITS) * UNIT;
            int index = (int) (events[e] & INDEX_MASK);
            // The target in the window whose slot this is: the window is shorter than the slots.
            int t = origin - 1 - Math.floorMod(origin - 1 - (index >> 1), SLOTS);
            double weight = weights[origin - 1 - t];
            double reached = value + slope * (position - at);
            while (level < ENDS.length && reached >= ENDS[level] * total) {
                out[level] = slope > 0 ? at + (ENDS[level] * total - value) / slope : position;
                level++;
            }
            value = reached;
            at = position;
            if (fixed(low[t]) == fixed(high[t])) {
                value += (index & 1) == 0 ? weight : 0; // a point PIT: all its weight where it lies
            } else {
                slope += ((index & 1) == 0 ? 1 : -1) * weight / (high[t] - low[t]);
            }
            while (level < ENDS.length && value >= ENDS[level] * total) {
                out[level] = position;
                level++;
            }
        }
        for (; level < ENDS.length; level++) {
            out[level] = 1;
        }
        return out;
    }

    private static long fixed(double p) {
        return (long) (FastMath.min(1, FastMath.max(0, p)) * (1L << 52));
    }

    /** The levels kept inside (0, 1) and made strictly increasing (levels that met are read as touching). */
    private static LevelWarp warp(double[] levels) {
        double[] w = levels.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] = FastMath.min(1 - FLOOR, FastMath.max(FLOOR, w[i]));
        }
        for (int i = 1; i < w.length; i++) {
            w[i] = FastMath.max(w[i], w[i - 1] + GAP);
        }
        for (int i = w.length - 2; i >= 0; i--) {
            w[i] = FastMath.min(w[i], w[i + 1] - GAP);
        }
        return new LevelWarp(ENDS, w);
    }
}
