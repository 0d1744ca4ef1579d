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
}
