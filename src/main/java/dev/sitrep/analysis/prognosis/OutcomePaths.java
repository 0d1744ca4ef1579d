package dev.sitrep.analysis.prognosis;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.util.FastMath;

/**
 * Monthly sample paths for outcomes months or years ahead, from a local-level model: the log of a series'
 * level wanders from month to month as much as it did over its history (a random walk with no drift), and each
 * month's count is Poisson around the level. The weekly models' intervals are calibrated on errors a few weeks
 * ahead and say nothing of where a war stands in two years; a level that can drift makes the uncertainty grow
 * with the horizon as it does in fact, so a distant outcome is never "almost certain" because the last months
 * were steady.
 */
final class OutcomePaths {

    /** Months the starting level is the mean of. */
    static final int LEVEL_MONTHS = 3;
    /** Added to every count before logs are taken, so that quiet months and silent series have a level. */
    static final double HALF = 0.5;
    /** The least a level is allowed to wander per month: no history is steady enough to rule out change. */
    static final double MIN_STEP = 0.10;
    /** Assumed when the history has too few months to estimate how much the level wanders. */
    static final double DEFAULT_STEP = 0.25;
    private static final int MIN_CHANGES = 3;

    private OutcomePaths() {
    }

    /** {@code paths} × {@code months} counts following {@code monthly} (oldest first, at least one month). */
    static int[][] draw(int[] monthly, int months, int paths, RandomGenerator rng) {
        double level = startLevel(monthly);
        double step = step(monthly);
        RandomDataGenerator random = RandomDataGenerator.of(rng);
        int[][] out = new int[paths][months];
        for (int p = 0; p < paths; p++) {
            double log = FastMath.log(level);
            for (int m = 0; m < months; m++) {
                log += step * random.nextNormal(0, 1);
                out[p][m] = (int) FastMath.min(Integer.MAX_VALUE, random.nextPoisson(FastMath.exp(log)));
            }
        }
        return out;
    }

    /**
     * The rate of the last {@link #LEVEL_MONTHS} months, with half an event added (Jeffreys' prior for a Poisson
     * rate); after a run of empty months, over the whole run, so 24 quiet months weigh more than 3.
     */
    static double startLevel(int[] monthly) {
        int quiet = 0;
        while (quiet < monthly.length && monthly[monthly.length - 1 - quiet] == 0) {
            quiet++;
        }
        int window = FastMath.min(monthly.length, FastMath.max(LEVEL_MONTHS, quiet));
        double sum = 0;
        for (int i = monthly.length - window; i < monthly.length; i++) {
            sum += monthly[i];
        }
        return (sum + HALF) / window;
    }

    /** The standard deviation of the month-to-month change in log level over the history, at least MIN_STEP. */
    static double step(int[] monthly) {
        if (monthly.length - 1 < MIN_CHANGES) {
            return DEFAULT_STEP;
        }
        double sum = 0;
        double sumSq = 0;
        int n = monthly.length - 1;
        for (int i = 1; i < monthly.length; i++) {
            double d = FastMath.log((monthly[i] + HALF) / (monthly[i - 1] + HALF));
            sum += d;
            sumSq += d * d;
        }
        double variance = (sumSq - sum * sum / n) / (n - 1);
        return FastMath.max(MIN_STEP, FastMath.sqrt(FastMath.max(0, variance)));
    }
}
