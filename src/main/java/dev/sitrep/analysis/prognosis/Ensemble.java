package dev.sitrep.analysis.prognosis;

import java.util.List;
import org.hipparchus.util.FastMath;

/**
 * A mixture of the candidate models weighted by the inverse of their recent absolute errors, separately at each
 * horizon. Picking the one model with the lowest recent error chases noise on weekly conflict counts (on UCDP GED
 * Syria it did no better than carrying the last count forward at one week); a mixture weighted by how each model
 * has done lately keeps the gains of a trend model where there is a trend and of a mean where there is none.
 *
 * <p>The errors are weighted by age with a half-life of {@link #HALF_LIFE} weeks, and a member whose weighted
 * error is {@link #DROP} times the best member's or more gets no weight: after a change of regime the mixture
 * stops listening to a member that broke down within weeks, instead of keeping a quarter of its weight for half a
 * year as plain 1/MAE over 26 weeks did.
 *
 * <p>No look-ahead: the weights at origin o come from the members' errors on the last {@link #WINDOW} targets
 * strictly before o (forecasts from origins ≥ {@link RollingForecasts#MIN_TRAIN}), so the mixture made at o
 * sees series[0..o) only, like every member.
 */
final class Ensemble {

    static final List<CountModel> MEMBERS = List.of(CountModel.NAIVE, CountModel.MEAN12, CountModel.SES,
            CountModel.LOCAL_LEVEL, CountModel.DAMPED_HOLT, CountModel.NB_TREND);
    static final int WINDOW = RollingForecasts.RECENT_WINDOW;
    /** Weeks after which an error counts half; chosen on the 2016–2017 targets of the UCDP data, not on 2018's. */
    static final double HALF_LIFE = 4;
    static final double DROP = 1.5;
    private static final double DECAY = FastMath.pow(0.5, 1 / HALF_LIFE);
    /** DECAY^age for the ages a window holds, the same values FastMath.pow gives, computed once. */
    private static final double[] DECAYED = new double[WINDOW + 1];

    static {
        for (int age = 0; age <= WINDOW; age++) {
            DECAYED[age] = FastMath.pow(DECAY, age);
        }
    }

    private Ensemble() {
    }

    /** How many of the latest targets the one-step weights made at {@code origin} rest on: at most {@link #WINDOW}. */
    static int windowAt(int origin) {
        return FastMath.max(0, origin - FastMath.max(RollingForecasts.MIN_TRAIN, origin - WINDOW));
    }

    /** The mixture made at {@code length} from history[0..length), for horizons 1..horizon. */
    static double[] forecast(int[] history, int length, int horizon) {
        double[][][] members = new double[MEMBERS.size()][][];
        for (int m = 0; m < members.length; m++) {
            members[m] = memberForecasts(MEMBERS.get(m), history, length, horizon);
        }
        return forecastsByOrigin(history, length, members, horizon)[length];
    }

    static double[][] memberForecasts(CountModel model, int[] history, int length, int horizon) {
        if (length == 0) {
            return new double[1][horizon];
        }
        // One pass gives every prefix's fit, identical to fitting each prefix alone.
        switch (model) {
            case DAMPED_HOLT:
                return DampedHolt.forecastsByOrigin(history, length, horizon);
            case SES:
                return SimpleSmoothing.forecastsByOrigin(history, length, horizon);
            case LOCAL_LEVEL:
                return LocalLevel.forecastsByOrigin(history, length, horizon);
            default:
                break;
        }
        double[][] byOrigin = new double[length + 1][];
        byOrigin[0] = new double[horizon];
        for (int origin = 1; origin <= length; origin++) {
            byOrigin[origin] = model.forecast(history, origin, horizon);
        }
        return byOrigin;
    }

    /**
     * The mixture at every origin 1..length (row 0 unused), from the members' forecasts by origin
     * ({@code members[m][origin][h − 1]}, in {@link #MEMBERS} order).
     */
    static double[][] forecastsByOrigin(int[] series, int length, double[][][] members, int horizon) {
        double[][] out = new double[length + 1][];
        out[0] = new double[horizon];
        double[][] absolute = new double[horizon][members.length];
        int[] count = new int[horizon];
        for (int origin = 1; origin <= length; origin++) {
            errors(series, members, origin, absolute, count);
            double[] f = new double[horizon];
            double[] pooled = new double[members.length];
            int pooledCount = 0;
            for (int h = 1; h <= horizon; h++) {
                for (int m = 0; m < members.length; m++) {
                    pooled[m] += absolute[h - 1][m];
                }
                pooledCount += count[h - 1];
                // Too few errors at this horizon alone: those of horizons 1..h together; none: equal weights.
                double[] sums = count[h - 1] >= RollingForecasts.MIN_SCORED ? absolute[h - 1] : pooled;
                f[h - 1] = mix(members, origin, h, weights(sums, count[h - 1] + pooledCount > 0));
            }
            out[origin] = f;
        }
        return out;
    }

    /**
     * Absolute errors by horizon and member over targets in [origin − WINDOW, origin), each weighted by
     * DECAY^(age in weeks), the latest target counting 1; {@code count} is the number of targets.
     */
    private static void errors(int[] series, double[][][] members, int origin, double[][] absolute, int[] count) {
        int horizon = count.length;
        for (int h = 1; h <= horizon; h++) {
            java.util.Arrays.fill(absolute[h - 1], 0);
            count[h - 1] = 0;
            for (int target = FastMath.max(RollingForecasts.MIN_TRAIN + h - 1, origin - WINDOW); target < origin;
                 target++) {
                int from = target - h + 1;
                double weight = DECAYED[origin - 1 - target];
                for (int m = 0; m < members.length; m++) {
                    absolute[h - 1][m] += weight * FastMath.abs(series[target] - members[m][from][h - 1]);
                }
                count[h - 1]++;
            }
        }
    }

    /**
     * 1/error normalised (the sums share one set of weights, so 1/sum will do), none for a member DROP times the
     * best or worse; members that were exact take all the weight.
     */
    private static double[] weights(double[] sums, boolean scored) {
        double[] w = new double[sums.length];
        double best = Double.POSITIVE_INFINITY;
        for (double s : sums) {
            best = FastMath.min(best, s);
        }
        boolean anyExact = best == 0;
        double total = 0;
        for (int m = 0; m < w.length; m++) {
            w[m] = !scored ? 1 : anyExact ? (sums[m] == 0 ? 1 : 0) : sums[m] >= DROP * best ? 0 : 1 / sums[m];
            total += w[m];
        }
        for (int m = 0; m < w.length; m++) {
            w[m] /= total;
        }
        return w;
    }

    /** Σ w·f written as min + Σ w·(f − min): members that agree give exactly their value, never a rounding off. */
    private static double mix(double[][][] members, int origin, int h, double[] w) {
        double low = Double.POSITIVE_INFINITY;
        for (double[][] member : members) {
            low = FastMath.min(low, member[origin][h - 1]);
        }
        double sum = 0;
        for (int m = 0; m < members.length; m++) {
            sum += w[m] * (members[m][origin][h - 1] - low);
        }
        return low + sum;
    }
}
