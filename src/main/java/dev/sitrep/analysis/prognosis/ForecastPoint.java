package dev.sitrep.analysis.prognosis;

/**
 * The forecast for one future week ("2025-W49") or month ("2025-12"): the expected count and its central
 * 50, 80 and 95 % intervals.
 */
public record ForecastPoint(String target, double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95) {

    static ForecastPoint of(String target, CountDistribution d) {
        // The ends of the central 95, 80 and 50 % intervals in one pass, each from the very probability
        // interval(level) computes ((1 - 0.8) / 2 is not 0.1 in floating point), so the ends are the same.
        int[] q = d.quantiles((1 - 0.95) / 2, (1 - 0.80) / 2, (1 - 0.50) / 2, (1 + 0.50) / 2, (1 + 0.80) / 2,
                (1 + 0.95) / 2);
        return new ForecastPoint(target, d.mean(), q[2], q[3], q[1], q[4], q[0], q[5]);
    }

    public boolean covers(int actual, int level) {
        return switch (level) {
            case 50 -> actual >= lo50 && actual <= hi50;
            case 80 -> actual >= lo80 && actual <= hi80;
            case 95 -> actual >= lo95 && actual <= hi95;
            default -> throw new IllegalArgumentException("intervals are 50, 80 and 95 %, not " + level);
        };
    }
}
