package dev.sitrep.analysis.prognosis;

/**
 * The forecast for one future week ("2025-W49") or month ("2025-12"): the expected count and its central
 * 50, 80 and 95 % intervals.
 */
public record ForecastPoint(String target, double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95) {

    static ForecastPoint of(String target, CountDistribution d) {
        int[] i50 = d.interval(0.50);
        int[] i80 = d.interval(0.80);
        int[] i95 = d.interval(0.95);
        return new ForecastPoint(target, d.mean(), i50[0], i50[1], i80[0], i80[1], i95[0], i95[1]);
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
