package dev.sitrep.analysis.prognosis;

import org.hipparchus.util.FastMath;

/**
 * A log-linear Poisson regression on a linear time trend, log μ_t = a + b·t, over the last up to 26 values,
 * fitted by IRLS (Newton's method on the Poisson likelihood, which is the same iteration).
 *
 * <p>An exponential trend extrapolated from half a year of noisy counts can promise anything, so the forecast is
 * held back in two ways. The slope is shrunk towards zero by the factor max(0, 1 − 4/z²), z being the slope over
 * its quasi-Poisson standard error: a slope under two standard errors becomes flat, a clear one is kept almost
 * whole, and nothing jumps as the evidence crosses a threshold. The intercept is then re-fitted for the shrunk
 * slope, which keeps the fitted total equal to the observed one. Finally no forecast exceeds twice the largest
 * count in the window. When the fit is degenerate (all zeros, too few values, no convergence, a runaway slope)
 * the forecast is the window's mean.
 */
final class CountRegression {

    static final int WINDOW = 26;
    private static final int MIN_POINTS = 3;
    private static final int MAX_ITERATIONS = 25;
    private static final double CONVERGED = 1e-10;
    /** |slope| × window beyond this is a separation (e.g. zeros then one count), not a trend. */
    private static final double RUNAWAY = 30;
    private static final double SIGNIFICANCE_Z2 = 4;
    private static final double CAP = 2;

    private CountRegression() {
    }

    static double[] forecast(int[] history, int length, int horizon) {
        int w = FastMath.min(WINDOW, length);
        int from = length - w;
        long sum = 0;
        int max = 0;
        for (int i = from; i < length; i++) {
            sum += history[i];
            max = FastMath.max(max, history[i]);
        }
        double mean = (double) sum / w;
        if (sum == 0 || w < MIN_POINTS) {
            return CountModel.constant(mean, horizon);
        }
        // Centred time keeps intercept and slope nearly uncorrelated, so Newton's steps stay well conditioned.
        double centre = (w - 1) / 2.0;
        double a = FastMath.log(mean);
        double b = 0;
        boolean converged = false;
        for (int iteration = 0; iteration < MAX_ITERATIONS && !converged; iteration++) {
            double ua = 0, ub = 0, iaa = 0, iab = 0, ibb = 0;
            for (int i = 0; i < w; i++) {
                double x = i - centre;
                double mu = FastMath.exp(a + b * x);
                double r = history[from + i] - mu;
                ua += r;
                ub += x * r;
                iaa += mu;
                iab += x * mu;
                ibb += x * x * mu;
            }
            double det = iaa * ibb - iab * iab;
            if (!(det > 0) || !Double.isFinite(det)) {
                return CountModel.constant(mean, horizon);
            }
            double da = (ibb * ua - iab * ub) / det;
            double db = (iaa * ub - iab * ua) / det;
            a += da;
            b += db;
            if (!Double.isFinite(a) || !Double.isFinite(b) || FastMath.abs(b) * w > RUNAWAY) {
                return CountModel.constant(mean, horizon);
            }
            converged = FastMath.abs(da) < CONVERGED && FastMath.abs(db) < CONVERGED;
        }
        if (!converged) {
            return CountModel.constant(mean, horizon);
        }
        double slope = b * shrinkage(history, from, w, centre, a, b);
        // The Poisson MLE of the intercept for a given slope: Σ fitted = Σ observed.
        double weights = 0;
        for (int i = 0; i < w; i++) {
            weights += FastMath.exp(slope * (i - centre));
        }
        double intercept = FastMath.log(sum / weights);
        double[] f = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            f[h - 1] = FastMath.min(CAP * max, FastMath.exp(intercept + slope * (centre + h)));
        }
        return f;
    }

    /** max(0, 1 − 4/z²) with z the slope over its quasi-Poisson standard error (dispersion at least 1). */
    private static double shrinkage(int[] history, int from, int w, double centre, double a, double b) {
        double pearson = 0, iaa = 0, iab = 0, ibb = 0;
        for (int i = 0; i < w; i++) {
            double x = i - centre;
            double mu = FastMath.exp(a + b * x);
            double r = history[from + i] - mu;
            pearson += r * r / mu;
            iaa += mu;
            iab += x * mu;
            ibb += x * x * mu;
        }
        double dispersion = FastMath.max(1, pearson / (w - 2));
        double slopeVariance = dispersion * iaa / (iaa * ibb - iab * iab);
        double z2 = b * b / slopeVariance;
        return z2 > SIGNIFICANCE_Z2 ? 1 - SIGNIFICANCE_Z2 / z2 : 0;
    }
}
