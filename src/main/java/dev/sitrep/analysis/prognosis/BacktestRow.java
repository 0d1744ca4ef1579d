package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;

/**
 * One forecast of the backtest: made after {@code origin} (the last week it knew) for {@code target}, h weeks
 * later, by one model, with its mean, central intervals, the outcome and the forecast distribution's CRPS.
 * {@code chosen} names the model behind {@code auto}; for the others it is the model itself.
 */
public record BacktestRow(String series, IsoWeek origin, int horizon, IsoWeek target, String model, String chosen,
                          double mean, int lo50, int hi50, int lo80, int hi80, int lo95, int hi95, int actual,
                          double crps) {

    public boolean covers(int level) {
        return switch (level) {
            case 50 -> actual >= lo50 && actual <= hi50;
            case 80 -> actual >= lo80 && actual <= hi80;
            case 95 -> actual >= lo95 && actual <= hi95;
            default -> throw new IllegalArgumentException("intervals are 50, 80 and 95 %, not " + level);
        };
    }

    public int width(int level) {
        return switch (level) {
            case 50 -> hi50 - lo50;
            case 80 -> hi80 - lo80;
            case 95 -> hi95 - lo95;
            default -> throw new IllegalArgumentException("intervals are 50, 80 and 95 %, not " + level);
        };
    }
}
