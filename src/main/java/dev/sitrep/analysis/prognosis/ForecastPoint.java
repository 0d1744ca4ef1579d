package dev.sitrep.analysis.prognosis;

/**
 * The forecast for one future week ("2025-W49") or month ("2025-12"): the expected count and its central
 * 50, 80 and 95 % intervals.
 */
public record ForecastPoint(String target, double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95) {

    static ForecastPoint of(String target, CountDistribution d) {
        return of(target, CalibratedCount.uncalibrated(d));
    }

    static ForecastPoint of(String target, CalibratedCount d) {
        int[] q = d.intervals(0.95, 0.80, 0.50);
        // Nested: an upper end that made up for a lower end stuck at 0 can outgrow a wider interval's.
        int lo80 = Math.min(q[2], q[4]);
        int hi80 = Math.max(q[3], q[5]);
        return new ForecastPoint(target, d.mean(), q[4], q[5], lo80, hi80, Math.min(q[0], lo80), Math.max(q[1], hi80));
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
