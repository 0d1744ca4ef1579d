package dev.sitrep.analysis.prognosis;

import java.util.Arrays;

/**
 * A monotone map of probability levels, u ↦ w(u), piecewise linear through (0, 0), (τ_i, w_i) and (1, 1): the
 * calibrated quantile function is the model's own at w(u). It is what interval calibration learns: where the
 * model's stated 90 % quantile has been exceeded 15 % of the time, w(0.9) climbs above 0.9.
 */
record LevelWarp(double[] nominal, double[] warped) {

    static final LevelWarp IDENTITY = new LevelWarp(new double[0], new double[0]);

    LevelWarp {
        nominal = nominal.clone();
        warped = warped.clone();
        if (nominal.length != warped.length) {
            throw new IllegalArgumentException("one warped level per nominal level");
        }
        for (int i = 0; i < nominal.length; i++) {
            double below = i == 0 ? 0 : warped[i - 1];
            double belowNominal = i == 0 ? 0 : nominal[i - 1];
            if (!(nominal[i] > belowNominal && nominal[i] < 1 && warped[i] > below && warped[i] < 1)) {
                throw new IllegalArgumentException("levels rise strictly inside (0, 1): " + Arrays.toString(nominal)
                        + " -> " + Arrays.toString(warped));
            }
        }
    }

    boolean isIdentity() {
        return Arrays.equals(nominal, warped);
    }

    /** w(u). */
    double apply(double u) {
        return interpolate(nominal, warped, u);
    }

    /** w⁻¹(p): the calibrated cdf is w⁻¹ of the model's. */
    double inverse(double p) {
        return interpolate(warped, nominal, p);
    }

    /** w⁻¹ for rising arguments, as a sum over counts asks for it: the segment is found by walking, not searching. */
    java.util.function.DoubleUnaryOperator risingInverse() {
        return new java.util.function.DoubleUnaryOperator() {
            private int i;

            @Override
            public double applyAsDouble(double p) {
                if (p <= 0 || p >= 1) {
                    return p <= 0 ? 0 : 1;
                }
                while (i < warped.length && warped[i] < p) {
                    i++;
                }
                return along(warped, nominal, i, p);
            }
        };
    }

    private static double interpolate(double[] from, double[] to, double x) {
        if (x <= 0 || x >= 1) {
            return x <= 0 ? 0 : 1;
        }
        int i = 0;
        while (i < from.length && from[i] < x) {
            i++;
        }
        return along(from, to, i, x);
    }

    /** The straight line through knot i − 1 and knot i (0 and 1 beyond the ends), at x. */
    private static double along(double[] from, double[] to, int i, double x) {
        double x0 = i == 0 ? 0 : from[i - 1];
        double y0 = i == 0 ? 0 : to[i - 1];
        double x1 = i == from.length ? 1 : from[i];
        double y1 = i == from.length ? 1 : to[i];
        return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }

    @Override
    public double[] nominal() {
        return nominal.clone();
    }

    @Override
    public double[] warped() {
        return warped.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LevelWarp w && Arrays.equals(w.nominal, nominal) && Arrays.equals(w.warped, warped);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nominal) + Arrays.hashCode(warped);
    }

    @Override
    public String toString() {
        return "LevelWarp" + Arrays.toString(nominal) + "->" + Arrays.toString(warped);
    }
}
