package dev.sitrep.analysis.prognosis;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;

/**
 * What an edition publishes at one origin: the model the backtest chose and why, the mean path, the predictive
 * distribution of each week and of the horizon's total. Horizon h sits at index h − 1 throughout.
 *
 * @param chosenByBacktest false when too few targets were scored and the model is the default, mean12
 * @param recentMae        MAE over the recent window, horizons pooled, of each model that has errors there
 * @param scoredTargets    how many distinct target weeks of the recent window the choice rests on
 * @param weekly           each week's distribution as the model states it
 * @param calibrated       the same read at the levels its past misses call for: the intervals an edition states
 * @param calibratedTotal  the total read at the levels its past misses call for
 * @param weeklyDispersion the weekly variance-to-mean ratio, averaged over the horizon weighted by the means
 * @param totalDispersion  the total's variance-to-mean ratio
 */
public record OriginForecast(int origin, int horizon, CountModel model, boolean chosenByBacktest,
                             Map<CountModel, Double> recentMae, int scoredTargets, double[] mean,
                             List<CountDistribution> weekly, List<CalibratedCount> calibrated,
                             CountDistribution total, CalibratedCount calibratedTotal, double weeklyDispersion,
                             double totalDispersion) {

    /** Uncalibrated levels: each week's intervals are the model's own. */
    public OriginForecast(int origin, int horizon, CountModel model, boolean chosenByBacktest,
                          Map<CountModel, Double> recentMae, int scoredTargets, double[] mean,
                          List<CountDistribution> weekly, CountDistribution total, double weeklyDispersion,
                          double totalDispersion) {
        this(origin, horizon, model, chosenByBacktest, recentMae, scoredTargets, mean, weekly,
                weekly.stream().map(CalibratedCount::uncalibrated).toList(), total,
                CalibratedCount.uncalibrated(total), weeklyDispersion, totalDispersion);
    }

    public OriginForecast {
        EnumMap<CountModel, Double> mae = new EnumMap<>(CountModel.class);
        mae.putAll(recentMae);
        recentMae = Collections.unmodifiableMap(mae);
        mean = mean.clone();
        weekly = List.copyOf(weekly);
        calibrated = List.copyOf(calibrated);
        if (mean.length != horizon || weekly.size() != horizon || calibrated.size() != horizon) {
            throw new IllegalArgumentException("one mean and one distribution per week of the horizon");
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    /**
     * The chosen model's recent MAE relative to the baseline's (below 1 is better): 1 when both are perfect, NaN
     * when either has no errors yet or only the baseline is perfect.
     */
    public double skillAgainst(CountModel baseline) {
        Double own = recentMae.get(model);
        Double base = recentMae.get(baseline);
        if (own == null || base == null) {
            return Double.NaN;
        }
        if (base == 0) {
            return own == 0 ? 1 : Double.NaN;
        }
        return own / base;
    }

    /**
     * Joint sample paths (paths × horizon). Weeks share a gamma level factor L with mean 1 and variance c; given L,
     * week h is negative binomial with mean μ_h·L and the conditional dispersion that leaves its marginal variance
     * at weekly[h]'s. c is the one value making the variance of the path total equal to total's. Where the shared
     * factor alone already exceeds a week's variance, that week is Poisson given L and c is re-solved, so the total
     * still matches and only that week comes out slightly wider than weekly[h]. A total narrower than the weeks'
     * sum (never published by {@link RollingForecasts}) gets independent weeks. Where a week's levels are
     * recalibrated, the paths' draws of it are then ranked (ties in random order) and the path ranked r gets the
     * calibrated quantile at (r + ½)/paths: the week has the calibrated distribution, the one whose intervals the
     * edition states, and each path keeps its rank, so the weeks stay coupled (the model's own week, not quite what
     * the coupling draws where the shared level leaves no room, would not do as the rank's reference). Last the
     * path totals are ranked the same way and each path's weeks scaled to the recalibrated total at its rank: the
     * weeks and the total are recalibrated each on its own past, so the paths cannot hold both exactly, and the
     * total is what the edition states and scenarios on a total read (carried through the weeks' ranks alone, the
     * totals strayed up to 9 points from it; scaled, the weeks stray up to 2). Deterministic given the rng.
     */
    public int[][] samplePaths(int paths, RandomGenerator rng) {
        if (paths < 0) {
            throw new IllegalArgumentException("a number of paths is >= 0, not " + paths);
        }
        double[] mu = new double[horizon];
        double[] var = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            mu[h] = weekly.get(h).mean();
            var[h] = weekly.get(h).variance();
        }
        // Coupled on the model's moments: on the recalibrated ones the path totals strayed further from the
        // recalibrated total (the weeks and the total are each recalibrated on their own past).
        double c = PathCoupling.levelVariance(mu, var, total.variance());
        double[] kappa = PathCoupling.conditionalDispersions(mu, var, c);
        RandomDataGenerator random = RandomDataGenerator.of(rng);
        int[][] out = new int[paths][horizon];
        for (int path = 0; path < paths; path++) {
            double level = c > 0 ? random.nextGamma(1 / c, c) : 1;
            for (int h = 0; h < horizon; h++) {
                double m = mu[h] * level;
                double rate = kappa[h] > 0 && m > 0 ? random.nextGamma(1 / kappa[h], kappa[h] * m) : m;
                out[path][h] = rate > 0 ? random.nextPoisson(rate) : 0;
            }
        }
        for (int h = 0; h < horizon; h++) {
            RecalibratedDraw.byRank(out, h, calibrated.get(h), rng);
        }
        RecalibratedDraw.totalsByRank(out, calibratedTotal, mu, rng);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OriginForecast f && f.origin == origin && f.horizon == horizon && f.model == model
                && f.chosenByBacktest == chosenByBacktest && f.recentMae.equals(recentMae)
                && f.scoredTargets == scoredTargets && Arrays.equals(f.mean, mean) && f.weekly.equals(weekly)
                && f.calibrated.equals(calibrated)
                && f.total.equals(total) && f.calibratedTotal.equals(calibratedTotal) && Double.compare(f.weeklyDispersion, weeklyDispersion) == 0
                && Double.compare(f.totalDispersion, totalDispersion) == 0;
    }

    @Override
    public int hashCode() {
        int result = origin;
        result = 31 * result + horizon;
        result = 31 * result + model.hashCode();
        result = 31 * result + Boolean.hashCode(chosenByBacktest);
        result = 31 * result + recentMae.hashCode();
        result = 31 * result + scoredTargets;
        result = 31 * result + Arrays.hashCode(mean);
        result = 31 * result + weekly.hashCode();
        result = 31 * result + calibrated.hashCode();
        result = 31 * result + total.hashCode();
        result = 31 * result + calibratedTotal.hashCode();
        result = 31 * result + Double.hashCode(weeklyDispersion);
        return 31 * result + Double.hashCode(totalDispersion);
    }

    @Override
    public String toString() {
        return "OriginForecast[origin=" + origin + ", horizon=" + horizon + ", model=" + model.id()
                + ", chosenByBacktest=" + chosenByBacktest + ", recentMae=" + recentMae + ", scoredTargets="
                + scoredTargets + ", mean=" + Arrays.toString(mean) + ", weekly=" + weekly + ", calibrated=" + calibrated
                + ", total=" + total + ", calibratedTotal=" + calibratedTotal
                + ", weeklyDispersion=" + weeklyDispersion + ", totalDispersion=" + totalDispersion + "]";
    }
}
