package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import org.hipparchus.util.FastMath;

/**
 * Additive damped-trend exponential smoothing, ETS(A,Ad,N), with α, β and φ chosen by the smallest in-sample
 * one-step squared error over a fixed grid (a grid, not an optimiser, so the choice is reproducible bit for bit).
 *
 * <p>The filter is causal and starts from level y₀ and trend 0 (not from a fit to the first few values), so its
 * state and error sum after the first L values depend on those values only. One pass over a series therefore
 * yields the fit of every prefix at once, and the fit of a prefix is the same number whether it is computed alone
 * or as part of a longer series: the backtest replays exactly what an edition would have published.
 */
final class DampedHolt {

    private static final double[] ALPHA = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] BETA = {0.01, 0.05, 0.1, 0.2};
    private static final double[] PHI = {0.8, 0.9, 0.98};

    private DampedHolt() {
    }

    /**
     * Forecasts for horizons 1..horizon made at every origin 1..length from series[0..origin); row 0 is unused.
     * Ties in the error go to the first parameters in grid order (smallest α, β, φ).
     */
    static double[][] forecastsByOrigin(int[] series, int length, int horizon) {
        double[] bestSse = new double[length + 1];
        double[] bestLevel = new double[length + 1];
        double[] bestTrend = new double[length + 1];
        double[] bestPhi = new double[length + 1];
        Arrays.fill(bestSse, Double.POSITIVE_INFINITY);
        for (double alpha : ALPHA) {
            for (double beta : BETA) {
                for (double phi : PHI) {
                    double level = series[0];
                    double trend = 0;
                    double sse = 0;
                    for (int origin = 1; origin <= length; origin++) {
                        if (origin > 1) {
                            double predicted = level + phi * trend;
                            double error = series[origin - 1] - predicted;
                            sse += error * error;
                            level = predicted + alpha * error;
                            trend = phi * trend + alpha * beta * error;
                        }
                        if (sse < bestSse[origin]) {
                            bestSse[origin] = sse;
                            bestLevel[origin] = level;
                            bestTrend[origin] = trend;
                            bestPhi[origin] = phi;
                        }
                    }
                }
            }
        }
        double[][] forecasts = new double[length + 1][];
        forecasts[0] = new double[horizon];
        for (int origin = 1; origin <= length; origin++) {
            double[] f = new double[horizon];
            double damping = 0;
            double power = 1;
            for (int h = 1; h <= horizon; h++) {
                power *= bestPhi[origin];
                damping += power;
                f[h - 1] = FastMath.max(0, bestLevel[origin] + damping * bestTrend[origin]);
            }
            forecasts[origin] = f;
        }
        return forecasts;
    }
}
