package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.hipparchus.util.FastMath;

/**
 * The forecasting methods for a series of weekly (or monthly) counts. Each sees only the first {@code length}
 * values of the history it is given, so a backtest can replay it at any past origin.
 */
public enum CountModel {

    NAIVE("naive", "last count carried forward"),
    MEAN12("mean12", "mean of the last 12 counts"),
    SES("ses", "exponential smoothing, its weight on the latest count chosen by the smallest past one-week errors"),
    LOCAL_LEVEL("local-level", "a Poisson-gamma local level, its discount chosen by how well it predicted each past"
            + " week"),
    DAMPED_HOLT("damped-holt", "damped Holt exponential smoothing"),
    NB_TREND("nb-trend", "log-linear Poisson trend over the last 26 counts, slope shrunk unless significant"),
    ENSEMBLE("ensemble", "a mix of the last count, the mean of 12, exponential smoothing, a local level, damped"
            + " Holt and the Poisson trend, each weighted by 1/error over the last 26 weeks at each horizon, recent"
            + " weeks counting most, members far behind the best left out");

    /**
     * The order in which equally good models are preferred: simplest first, so that a tie never publishes a
     * trend nobody can tell from noise. The one place this order lives.
     */
    static final List<CountModel> SIMPLEST_FIRST = List.of(MEAN12, NAIVE, SES, LOCAL_LEVEL, NB_TREND, DAMPED_HOLT);

    private static final int MEAN_WINDOW = 12;

    private final String id;
    private final String description;

    CountModel(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** One line for the edition. */
    public String description() {
        return description;
    }

    /**
     * As an edition says it of a series of {@code length} counts (weeks or months, {@code unit}): the windows
     * a short series cannot fill are stated as they are, not as configured.
     */
    public String describedFor(int length, String unit) {
        return switch (this) {
            case MEAN12 -> length >= MEAN_WINDOW ? description : "mean of the " + length + " " + unit + " so far";
            case ENSEMBLE -> String.format(java.util.Locale.ROOT, "a mix of the last count, the mean of 12, "
                    + "exponential smoothing, a local level, damped Holt and the Poisson trend, each counting for more "
                    + "the smaller its errors over the last %d %s, weighed afresh for each %s ahead; the latest %s "
                    + "count most (an error counts half as much %d %s on) and a model whose errors are half as large "
                    + "again as the best's or more is left out", Ensemble.windowAt(length), unit, singular(unit), unit,
                    (int) Ensemble.HALF_LIFE, unit);
            default -> description;
        };
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    public static CountModel byId(String id) {
        for (CountModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no count model '" + id + "'; known: "
                + Arrays.stream(values()).map(CountModel::id).collect(Collectors.joining(", ")));
    }

    /** Point forecasts for horizons 1..horizon from history[0..length) only. Never negative. */
    public double[] forecast(int[] history, int length, int horizon) {
        if (length < 1 || length > history.length) {
            throw new IllegalArgumentException(
                    "a forecast needs 1.." + history.length + " known values, not " + length);
        }
        if (horizon < 1) {
            throw new IllegalArgumentException("the horizon is >= 1, not " + horizon);
        }
        return switch (this) {
            case NAIVE -> constant(history[length - 1], horizon);
            case MEAN12 -> constant(mean(history, length - FastMath.min(MEAN_WINDOW, length), length), horizon);
            case SES -> SimpleSmoothing.forecastsByOrigin(history, length, horizon)[length];
            case LOCAL_LEVEL -> LocalLevel.forecastsByOrigin(history, length, horizon)[length];
            case DAMPED_HOLT -> DampedHolt.forecastsByOrigin(history, length, horizon)[length];
            case NB_TREND -> CountRegression.forecast(history, length, horizon);
            case ENSEMBLE -> Ensemble.forecast(history, length, horizon);
        };
    }

    static double mean(int[] values, int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return (double) sum / (to - from);
    }

    static double[] constant(double value, int horizon) {
        double[] f = new double[horizon];
        Arrays.fill(f, value);
        return f;
    }
}
