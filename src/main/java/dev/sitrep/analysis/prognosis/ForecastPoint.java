package dev.sitrep.analysis.prognosis;

/**
 * The forecast for one future week ("2025-W49") or month ("2025-12"): the distribution's mean and median, and its
 * central 50, 80 and 95 % intervals. The median is the point forecast an edition states: weekly counts are skewed
 * (a quiet week is likelier than a week twice as violent), so the median is nearer what happens than the mean is,
 * and it is the point the forecast's error (MAE) rewards.
 *
 * @param median null in forecasts stored by editions that stated the mean (before the median was stated)
 */
public record ForecastPoint(String target, double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95,
                            Integer median) {

    public ForecastPoint(String target, double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95) {
        this(target, mean, lo50, hi50, lo80, hi80, lo95, hi95, null);
    }

    static ForecastPoint of(String target, CountDistribution d) {
        return of(target, CalibratedCount.uncalibrated(d));
    }

    static ForecastPoint of(String target, CalibratedCount d) {
        int[] q = d.intervalsAndMedian(0.95, 0.80, 0.50);
        // Nested: an upper end that made up for a lower end stuck at 0 can outgrow a wider interval's.
        int lo80 = Math.min(q[2], q[4]);
        int hi80 = Math.max(q[3], q[5]);
        int median = q[6];
        // The median as read lies inside the 50 % interval as read (the two come from one warped distribution,
        // but the interval's ends are the counts whose tails lie nearest their levels).
        median = Math.max(q[4], Math.min(q[5], median));
        return new ForecastPoint(target, d.mean(), q[4], q[5], lo80, hi80, Math.min(q[0], lo80), Math.max(q[1], hi80),
                median);
    }

    /** The median an edition states for {@code d}: read with, and kept inside, its 50 % interval. */
    static int statedMedian(CalibratedCount d) {
        return of("", d).median();
    }

    /** What the edition stated as its forecast: the median, or the mean where a stored forecast has no median. */
    public double central() {
        return median != null ? median : mean;
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
