package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.util.FastMath;

/**
 * Gives one week of a set of sample paths its recalibrated distribution while keeping each path's rank in that
 * week: the path ranked r (from 0) gets the calibrated quantile at (r + ½)/paths. Ranking rather than carrying each
 * draw through a model cdf needs no knowledge of the distribution the coupling actually drew from.
 */
final class RecalibratedDraw {

    private RecalibratedDraw() {
    }

    static void byRank(int[][] paths, int week, CalibratedCount calibrated, RandomGenerator rng) {
        if (calibrated.warp().isIdentity() || calibrated.model().isPointMassAtZero() || paths.length == 0) {
            return;
        }
        int n = paths.length;
        // Sort keys: the draw above, a random tie-break below, the path's index at the bottom.
        long[] keys = new long[n];
        int indexBits = 64 - Long.numberOfLeadingZeros(n);
        int tieBits = 62 - 31 - indexBits;
        for (int p = 0; p < n; p++) {
            long tie = tieBits > 0 ? (long) (rng.nextDouble() * (1L << tieBits)) : 0;
            keys[p] = ((long) paths[p][week] << (62 - 31)) | (tie << indexBits) | p;
        }
        Arrays.sort(keys);
        CountDistribution model = calibrated.model();
        // Quantiles of rising levels, each found from the last: a count is read once per distinct value.
        int k = 0;
        double f = model.cdf(0);
        for (int r = 0; r < n; r++) {
            double level = calibrated.warp().apply((r + 0.5) / n);
            while (f < level && k < Integer.MAX_VALUE) {
                k++;
                f = model.cdf(k);
                if (k > FastMath.max(1_000_000, 64 * (long) model.mean())) {
                    k = model.quantile(level);
                    f = model.cdf(k);
                    break;
                }
            }
            paths[(int) (keys[r] & ((1L << indexBits) - 1))][week] = k;
        }
    }

    /**
     * Gives the paths' totals the recalibrated total's distribution the same way, by rank, each path's weeks scaled
     * to its new total (whole counts by largest remainder; a path of zeros shares it out in proportion to
     * {@code weights}, the weeks' means).
     */
    static void totalsByRank(int[][] paths, CalibratedCount total, double[] weights, RandomGenerator rng) {
        int n = paths.length;
        if (n == 0 || total.warp().isIdentity() || total.model().isPointMassAtZero()) {
            return;
        }
        int[][] totals = new int[n][1];
        for (int p = 0; p < n; p++) {
            long sum = 0;
            for (int x : paths[p]) {
                sum += x;
            }
            totals[p][0] = (int) FastMath.min(Integer.MAX_VALUE, sum);
        }
        int[][] before = new int[n][];
        for (int p = 0; p < n; p++) {
            before[p] = totals[p].clone();
        }
        byRank(totals, 0, total, rng);
        for (int p = 0; p < n; p++) {
            if (totals[p][0] != before[p][0]) {
                rescale(paths[p], before[p][0], totals[p][0], weights);
            }
        }
    }

    private static void rescale(int[] weeks, int from, int to, double[] weights) {
        double[] share = new double[weeks.length];
        double sum = 0;
        for (int h = 0; h < weeks.length; h++) {
            share[h] = from > 0 ? weeks[h] : weights[h];
            sum += share[h];
        }
        if (sum <= 0) {
            java.util.Arrays.fill(share, 1);
            sum = weeks.length;
        }
        long given = 0;
        double[] remainder = new double[weeks.length];
        for (int h = 0; h < weeks.length; h++) {
            double exact = to * share[h] / sum;
            weeks[h] = (int) FastMath.floor(exact);
            remainder[h] = exact - weeks[h];
            given += weeks[h];
        }
        for (long left = to - given; left > 0; left--) {
            int best = 0;
            for (int h = 1; h < weeks.length; h++) {
                if (remainder[h] > remainder[best]) {
                    best = h;
                }
            }
            weeks[best]++;
            remainder[best] = -1;
        }
    }
}
