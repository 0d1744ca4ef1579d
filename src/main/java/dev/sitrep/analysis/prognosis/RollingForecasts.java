package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.util.FastMath;

/**
 * A rolling-origin backtest of every {@link CountModel} over one series, and what an edition would publish at
 * any origin from it: the model with the best recent record, its mean path, and predictive distributions whose
 * width is calibrated on that model's own past errors.
 *
 * <p>Nothing at origin o looks at series[o..]: point forecasts made at o' see series[0..o') only, and the choice
 * and the calibration at o use only forecasts whose targets lie before o. So {@code at(o)} of a long series
 * equals {@code at(o)} of the same series cut at o, which is what lets a backtest replay past editions.
 */
public final class RollingForecasts {

    /** Weeks before the first backtest origin. */
    public static final int MIN_TRAIN = 8;
    /** Targets used to choose a model. */
    public static final int RECENT_WINDOW = 26;
    /** Fewer scored targets than this leave the default model; fewer errors than this, an uncalibrated width. */
    static final int MIN_SCORED = 8;
    static final CountModel DEFAULT_MODEL = CountModel.MEAN12;
    /** A forecast of (nearly) zero still stands for some uncertainty when the dispersion is estimated. */
    private static final double MIN_SCALE = 0.5;

    private final int[] series;
    private final int maxHorizon;
    /** [model.ordinal()][origin][h − 1] for origins 1..n; row 0 is unused. */
    private final double[][][] forecasts;
    /** Interval calibration, [model.ordinal()][origin][h − 1], fitted when a model is first asked for; auto last. */
    private final LevelWarp[][][] warps = new LevelWarp[CountModel.values().length + 1][][];
    /** The same for the horizon's total, [model.ordinal()][origin]. */
    private final LevelWarp[][] totalWarps = new LevelWarp[CountModel.values().length + 1][];

    private RollingForecasts(int[] series, int maxHorizon, double[][][] forecasts) {
        this.series = series;
        this.maxHorizon = maxHorizon;
        this.forecasts = forecasts;
    }

    /** Runs every model at every origin 1..n for horizons 1..maxHorizon. */
    public static RollingForecasts of(int[] series, int maxHorizon) {
        if (maxHorizon < 1) {
            throw new IllegalArgumentException("the horizon is >= 1, not " + maxHorizon);
        }
        int[] copy = series.clone();
        for (int count : copy) {
            if (count < 0) {
                throw new IllegalArgumentException("counts are >= 0, not " + count);
            }
        }
        int n = copy.length;
        CountModel[] models = CountModel.values();
        double[][][] forecasts = new double[models.length][][];
        for (CountModel model : Ensemble.MEMBERS) {
            forecasts[model.ordinal()] = Ensemble.memberForecasts(model, copy, n, maxHorizon);
        }
        double[][][] members = Ensemble.MEMBERS.stream().map(m -> forecasts[m.ordinal()]).toArray(double[][][]::new);
        forecasts[CountModel.ENSEMBLE.ordinal()] = Ensemble.forecastsByOrigin(copy, n, members, maxHorizon);
        return new RollingForecasts(copy, maxHorizon, forecasts);
    }

    public int length() {
        return series.length;
    }

    public int maxHorizon() {
        return maxHorizon;
    }

    /**
     * Point forecast of {@code model} made at {@code origin} (knowing series[0..origin)) for
     * series[origin + h − 1].
     */
    public double pointForecast(CountModel model, int origin, int h) {
        if (origin < 1 || origin > series.length || h < 1 || h > maxHorizon) {
            throw new IllegalArgumentException("forecasts exist for origins 1.." + series.length + " and horizons 1.."
                    + maxHorizon + ", not origin " + origin + " horizon " + h);
        }
        return forecasts[model.ordinal()][origin][h - 1];
    }

    /**
     * The forecast an edition publishes at {@code origin} (origin == length() is "now"), using only backtest
     * forecasts whose targets are < origin.
     */
    public OriginForecast at(int origin) {
        if (origin < 1 || origin > series.length) {
            throw new IllegalArgumentException("an origin lies in 1.." + series.length + ", not " + origin);
        }
        int auto = warps.length - 1;
        if (warps[auto] == null) {
            // What is calibrated is what was published: at each origin the model then chosen.
            warps[auto] = AdaptiveLevels.fit(series, maxHorizon, MIN_TRAIN, o -> modelDistributions(chosenModel(o), o));
            totalWarps[auto] = AdaptiveLevels.fitTotals(series, maxHorizon, MIN_TRAIN,
                    o -> modelTotal(chosenModel(o), o, modelDistributions(chosenModel(o), o)));
        }
        return forecast(origin, choose(origin), warps[auto][origin], totalWarps[auto][origin]);
    }

    /**
     * What {@code model} would publish at {@code origin}: its own mean path, with widths calibrated on its own
     * backtest errors before origin, exactly as {@link #at} does for the chosen model. A backtest scores every
     * candidate this way.
     */
    public OriginForecast with(CountModel model, int origin) {
        if (origin < 1 || origin > series.length) {
            throw new IllegalArgumentException("an origin lies in 1.." + series.length + ", not " + origin);
        }
        int m = model.ordinal();
        if (warps[m] == null) {
            warps[m] = AdaptiveLevels.fit(series, maxHorizon, MIN_TRAIN, o -> modelDistributions(model, o));
            // The total is only stated by editions, which publish auto: the backtest of a single model spares it.
            totalWarps[m] = new LevelWarp[series.length + 1];
            java.util.Arrays.fill(totalWarps[m], LevelWarp.IDENTITY);
        }
        return forecast(origin, new Choice(model, false, Map.of(), 0), warps[m][origin], totalWarps[m][origin]);
    }

    /** The model's own distributions at origin, widths calibrated on its past errors, before level calibration. */
    private List<CountDistribution> modelDistributions(CountModel model, int origin) {
        double[][] own = forecasts[model.ordinal()];
        double[] dispersion = weeklyDispersions(own, origin);
        List<CountDistribution> weekly = new ArrayList<>(maxHorizon);
        for (int h = 0; h < maxHorizon; h++) {
            weekly.add(CountDistribution.of(own[origin][h], dispersion[h] * own[origin][h]));
        }
        return weekly;
    }

    /** The model's distribution of the horizon's total at origin, given its weeks'. */
    private CountDistribution modelTotal(CountModel model, int origin, List<CountDistribution> weekly) {
        double meanTotal = 0;
        double varianceSum = 0;
        for (CountDistribution d : weekly) {
            meanTotal += d.mean();
            varianceSum += d.variance();
        }
        return CountDistribution.of(meanTotal, totalVariance(forecasts[model.ordinal()], origin, meanTotal, varianceSum));
    }

    private OriginForecast forecast(int origin, Choice choice, LevelWarp[] levels, LevelWarp totalLevels) {
        int horizon = maxHorizon;
        double[][] own = forecasts[choice.model.ordinal()];
        double[] mean = own[origin].clone();

        List<CountDistribution> weekly = modelDistributions(choice.model, origin);
        List<CalibratedCount> calibrated = new ArrayList<>(horizon);
        double meanTotal = 0;
        double varianceSum = 0;
        for (int h = 0; h < horizon; h++) {
            CountDistribution d = weekly.get(h);
            calibrated.add(new CalibratedCount(d, levels[h]));
            meanTotal += d.mean();
            varianceSum += d.variance();
        }
        double weeklyDispersion = meanTotal > 0 ? varianceSum / meanTotal : weeklyDispersions(own, origin)[0];
        CountDistribution total = modelTotal(choice.model, origin, weekly);
        double totalDispersion = meanTotal > 0 ? total.variance() / meanTotal : weeklyDispersion;
        return new OriginForecast(origin, horizon, choice.model, choice.byBacktest, choice.mae, choice.targets, mean,
                weekly, calibrated, total, new CalibratedCount(total, totalLevels), weeklyDispersion, totalDispersion);
    }

    private record Choice(CountModel model, boolean byBacktest, Map<CountModel, Double> mae, int targets) {
    }

    /**
     * The ensemble once MIN_SCORED targets in [origin − RECENT_WINDOW, origin) have been scored, else the default
     * model; with each model's pooled MAE over those targets, for the edition's statement of skill.
     */
    private CountModel chosenModel(int origin) {
        int targets = FastMath.max(0, origin - FastMath.max(MIN_TRAIN, origin - RECENT_WINDOW));
        return targets < MIN_SCORED ? DEFAULT_MODEL : CountModel.ENSEMBLE;
    }

    private Choice choose(int origin) {
        CountModel[] models = CountModel.values();
        double[] absolute = new double[models.length];
        int errors = 0;
        int firstTarget = FastMath.max(MIN_TRAIN, origin - RECENT_WINDOW);
        for (int target = firstTarget; target < origin; target++) {
            for (int h = 1; h <= maxHorizon && target - h + 1 >= MIN_TRAIN; h++) {
                int from = target - h + 1;
                for (CountModel m : models) {
                    absolute[m.ordinal()] += FastMath.abs(series[target] - forecasts[m.ordinal()][from][h - 1]);
                }
                errors++;
            }
        }
        Map<CountModel, Double> mae = new EnumMap<>(CountModel.class);
        if (errors > 0) {
            for (CountModel m : models) {
                mae.put(m, absolute[m.ordinal()] / errors);
            }
        }
        int targets = FastMath.max(0, origin - firstTarget);
        if (targets < MIN_SCORED) {
            return new Choice(DEFAULT_MODEL, false, mae, targets);
        }
        // Once the members have a record to weight them by, the mixture: choosing the single best model by recent
        // error chased noise on real weekly counts (UCDP GED Syria: no better than naive at one week ahead).
        return new Choice(CountModel.ENSEMBLE, true, mae, targets);
    }

    /**
     * Quasi-Poisson φ_h = max(1, Σ(y − μ̂)² / Σ max(μ̂, ½)) over the model's backtest forecasts at horizon h with
     * target < origin; horizons 1..h pooled when h alone has too few errors; else the training data's
     * variance-to-mean ratio, inflated by (1 + 1/origin) for the estimated mean.
     */
    private double[] weeklyDispersions(double[][] own, int origin) {
        double[] dispersion = new double[maxHorizon];
        double pooledSquares = 0;
        double pooledScale = 0;
        int pooledCount = 0;
        double fallback = Double.NaN;
        for (int h = 1; h <= maxHorizon; h++) {
            double squares = 0;
            double scale = 0;
            int count = 0;
            for (int from = MIN_TRAIN; from + h - 1 < origin; from++) {
                double predicted = own[from][h - 1];
                double error = series[from + h - 1] - predicted;
                squares += error * error;
                scale += FastMath.max(predicted, MIN_SCALE);
                count++;
            }
            pooledSquares += squares;
            pooledScale += scale;
            pooledCount += count;
            if (count >= MIN_SCORED) {
                dispersion[h - 1] = FastMath.max(1, squares / scale);
            } else if (pooledCount >= MIN_SCORED) {
                dispersion[h - 1] = FastMath.max(1, pooledSquares / pooledScale);
            } else {
                if (Double.isNaN(fallback)) {
                    fallback = trainingDispersion(origin) * (1 + 1.0 / origin);
                }
                dispersion[h - 1] = fallback;
            }
        }
        return dispersion;
    }

    /** Sample variance over mean of series[0..origin), at least 1 (and 1 when it cannot be estimated). */
    private double trainingDispersion(int origin) {
        if (origin < 2) {
            return 1;
        }
        double mean = CountModel.mean(series, 0, origin);
        if (mean == 0) {
            return 1;
        }
        double squares = 0;
        for (int i = 0; i < origin; i++) {
            squares += (series[i] - mean) * (series[i] - mean);
        }
        return FastMath.max(1, squares / (origin - 1) / mean);
    }

    /**
     * The total's variance: φ_tot·Σμ with φ_tot calibrated like the weekly φ on the errors of H-week sums whose
     * weeks all lie before origin; without enough of those, the mean model's Σvar_h·(o + H)/(o + 1), i.e. the
     * weekly variances (which already carry the 1/o of their own estimated mean) plus the covariance an
     * estimated mean shared by all H weeks adds. Never below Σvar_h: weeks are not taken to be negatively
     * correlated, which keeps the sample paths' coupling well defined.
     */
    private double totalVariance(double[][] own, int origin, double meanTotal, double varianceSum) {
        double squares = 0;
        double scale = 0;
        int count = 0;
        for (int from = MIN_TRAIN; from + maxHorizon - 1 < origin; from++) {
            double observed = 0;
            double predicted = 0;
            for (int h = 1; h <= maxHorizon; h++) {
                observed += series[from + h - 1];
                predicted += own[from][h - 1];
            }
            double error = observed - predicted;
            squares += error * error;
            scale += FastMath.max(predicted, MIN_SCALE);
            count++;
        }
        double variance = count >= MIN_SCORED
                ? FastMath.max(1, squares / scale) * meanTotal
                : varianceSum * (origin + maxHorizon) / (origin + 1.0);
        return FastMath.max(variance, varianceSum);
    }
}
