package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import org.hipparchus.util.FastMath;

/**
 * How much a shared level factor must couple the weeks of a sample path so that the path total has the
 * forecast total's variance while each week keeps its own.
 *
 * <p>With L ~ Gamma(mean 1, variance c) and week h given L negative binomial with mean μ_h·L and variance
 * μ_h·L + κ_h·(μ_h·L)², week h's variance is μ_h + κ_h·μ_h²·(1 + c) + c·μ_h², and the total's is
 * Σ_h E[Var(Y_h | L)] + c·(Σμ)². κ_h cannot be negative, so E[Var(Y_h | L)] = max(var_h − c·μ_h², μ_h), and the
 * total's variance is a continuous, increasing, piecewise linear function of c: solved exactly, segment by segment.
 */
final class PathCoupling {

    private PathCoupling() {
    }

    /** The level factor's variance c >= 0 giving the path total this variance (0 when weeks need no coupling). */
    static double levelVariance(double[] mu, double[] var, double totalVariance) {
        double sum = 0;
        for (double m : mu) {
            sum += m;
        }
        double previous = 0;
        double previousVariance = totalVariance(mu, var, sum, 0);
        if (sum == 0 || totalVariance <= previousVariance) {
            return 0;
        }
        double[] breaks = new double[mu.length];
        for (int h = 0; h < mu.length; h++) {
            breaks[h] = mu[h] > 0 ? (var[h] - mu[h]) / (mu[h] * mu[h]) : 0;
        }
        Arrays.sort(breaks);
        for (double b : breaks) {
            if (b <= previous) {
                continue;
            }
            double v = totalVariance(mu, var, sum, b);
            if (v >= totalVariance) {
                return previous + (totalVariance - previousVariance) * (b - previous) / (v - previousVariance);
            }
            previous = b;
            previousVariance = v;
        }
        // Beyond the last break every week is Poisson given L and the total's variance grows as c·(Σμ)².
        return previous + (totalVariance - previousVariance) / (sum * sum);
    }

    /** κ_h: week h's negative binomial dispersion given the level, 0 (Poisson) where the level alone suffices. */
    static double[] conditionalDispersions(double[] mu, double[] var, double c) {
        double[] kappa = new double[mu.length];
        for (int h = 0; h < mu.length; h++) {
            if (mu[h] > 0) {
                kappa[h] = FastMath.max(0, (var[h] - mu[h] - c * mu[h] * mu[h]) / (mu[h] * mu[h] * (1 + c)));
            }
        }
        return kappa;
    }

    private static double totalVariance(double[] mu, double[] var, double sum, double c) {
        double v = c * sum * sum;
        for (int h = 0; h < mu.length; h++) {
            v += FastMath.max(var[h] - c * mu[h] * mu[h], mu[h]);
        }
        return v;
    }
}
