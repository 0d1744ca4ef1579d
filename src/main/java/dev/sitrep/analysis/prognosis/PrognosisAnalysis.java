package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.WeeklySeries;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Likelihood;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.Well19937c;

/**
 * The prognosis stage's entry point. For each tracked series it backtests the candidate models on the
 * series' own history (rolling origin, no look-ahead), forecasts with their mixture weighted by how each
 * has done lately (the mean of 12 while too little is scored), with intervals calibrated on its past
 * errors; then draws joint outcomes of the horizon to give each scenario its probability, checks the
 * indicators, and scores earlier editions' forecasts.
 */
public final class PrognosisAnalysis {

    /** Sample paths per series for the scenarios: Monte Carlo error under half a percentage point. */
    static final int PATHS = 10_000;
    /** A fixed seed: the same counts give the same probabilities, to the digit, on every machine. */
    static final long SEED = 20_251_126L;
    static final int SHORT_WEEKS = 12;
    static final int LONG_WEEKS = 26;
    static final int SHORT_MONTHS = 12;

    private PrognosisAnalysis() {
    }

    /** Counts {@code observations} (every event up to the end of {@code period}) and forecasts from them. */
    public static Prognosis forecast(List<dev.sitrep.analysis.Observation> observations, IsoWeek period,
                                     PrognosisSettings settings, java.time.LocalDate coverageFrom) {
        SeriesAccumulator counts = new SeriesAccumulator(period, settings, coverageFrom);
        observations.forEach(counts::accept);
        return forecast(counts.counts(), settings, List.of());
    }

    public static Prognosis forecast(SeriesCounts counts, PrognosisSettings settings, List<IssuedForecast> issued) {
        Map<String, SeriesForecast> forecasts = new LinkedHashMap<>();
        Map<String, OriginForecast> origins = new HashMap<>();
        for (SeriesSpec spec : settings.series()) {
            int[] weekly = counts.weeklyOf(spec.id());
            if (weekly.length == 0) {
                forecasts.put(spec.id(), unforecast(spec, counts, settings));
                continue;
            }
            RollingForecasts rolling = RollingForecasts.of(weekly, settings.horizonWeeks());
            OriginForecast now = rolling.at(weekly.length);
            // Drawn for the scenarios all the same: "no attack in 17 weeks" is what they rest on.
            origins.put(spec.id(), now);
            forecasts.put(spec.id(), Arrays.stream(weekly).allMatch(c -> c == 0)
                    ? silent(spec, counts, settings, weekly, choice(rolling, now, weekly, settings.horizonWeeks(),
                    "weeks"))
                    : series(spec, counts, settings, weekly, rolling, now));
        }
        boolean drawable = settings.scenarios().stream()
                .allMatch(s -> origins.keySet().containsAll(s.condition(settings.seriesIds()).series()));
        List<ScenarioOutlook> scenarios = drawable ? scenarios(settings, origins) : List.of();
        Confidence scenarioConfidence = new Confidence(Confidence.Level.HIGH, List.of());
        for (Scenario s : settings.scenarios()) {
            for (String id : s.condition(settings.seriesIds()).series()) {
                scenarioConfidence = scenarioConfidence.min(forecasts.get(id).confidence());
            }
        }
        return new Prognosis(settings.horizonWeeks(), settings.outlookMonths(), List.copyOf(forecasts.values()),
                scenarios, scenarioConfidence, indicators(settings, counts),
                issued.isEmpty() ? TrackRecord.none() : TrackRecord.score(issued, counts, settings.series()));
    }

    private static SeriesForecast series(SeriesSpec spec, SeriesCounts counts, PrognosisSettings settings,
                                         int[] weekly, RollingForecasts rolling, OriginForecast now) {
        IsoWeek last = counts.last();
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 1; h <= settings.horizonWeeks(); h++) {
            points.add(ForecastPoint.of(last.plusWeeks(h).toString(), now.calibrated().get(h - 1)));
        }
        ForecastPoint total = ForecastPoint.of(last.plusWeeks(1) + "–" + last.plusWeeks(settings.horizonWeeks()),
                now.calibratedTotal());
        ModelChoice model = choice(rolling, now, weekly, settings.horizonWeeks(), "weeks");
        Confidence confidence = confidence(weekly, settings.historyWeeks(), model, SHORT_WEEKS, LONG_WEEKS, "weeks");
        return new SeriesForecast(spec.id(), spec.title(), new WeeklySeries(last, box(weekly)),
                settings.historyWeeks(), model, points, total, confidence, outlook(spec, counts, settings),
                spec.measure().unit());
    }

    /** A series the log does not cover at all yet: no numbers rather than invented ones. */
    private static SeriesForecast unforecast(SeriesSpec spec, SeriesCounts counts, PrognosisSettings settings) {
        return new SeriesForecast(spec.id(), spec.title(), new WeeklySeries(counts.last(), List.of()),
                settings.historyWeeks(), null, List.of(), null, new Confidence(Confidence.Level.LOW,
                List.of("no history: the log does not cover any week before this edition")), null,
                spec.measure().unit());
    }

    /**
     * A series with no event logged over its history: a fan of zeros would dress up "nothing was seen" as a
     * forecast, so it has none. Its confidence still says how little there was, for the scenarios built on it.
     */
    private static SeriesForecast silent(SeriesSpec spec, SeriesCounts counts, PrognosisSettings settings,
                                         int[] weekly, ModelChoice model) {
        return new SeriesForecast(spec.id(), spec.title(), new WeeklySeries(counts.last(), box(weekly)),
                settings.historyWeeks(), null, List.of(), null,
                confidence(weekly, settings.historyWeeks(), model, SHORT_WEEKS, LONG_WEEKS, "weeks"), null,
                spec.measure().unit());
    }

    private static MonthlyOutlook outlook(SeriesSpec spec, SeriesCounts counts, PrognosisSettings settings) {
        int[] monthly = counts.monthlyOf(spec.id());
        if (monthly.length == 0) {
            return null;
        }
        RollingForecasts rolling = RollingForecasts.of(monthly, settings.outlookMonths());
        OriginForecast now = rolling.at(monthly.length);
        YearMonth last = counts.lastMonth();
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 1; h <= settings.outlookMonths(); h++) {
            points.add(ForecastPoint.of(last.plusMonths(h).toString(), now.calibrated().get(h - 1)));
        }
        ModelChoice model = choice(rolling, now, monthly, settings.outlookMonths(), "months");
        return new MonthlyOutlook(last, box(monthly), settings.historyMonths(), model, points,
                confidence(monthly, settings.historyMonths(), model, SHORT_MONTHS, 2 * SHORT_MONTHS, "months"));
    }

    /**
     * The model used now, and how the automatic choice did over the recent window: at each past origin
     * the choice is remade from what was known then and its forecasts scored against what followed.
     */
    static ModelChoice choice(RollingForecasts rolling, OriginForecast now, int[] y, int horizon, String unit) {
        int length = y.length;
        int first = Math.max(RollingForecasts.MIN_TRAIN, length - RollingForecasts.RECENT_WINDOW);
        int scored = 0;
        double auto = 0;
        double naive = 0;
        double mean = 0;
        for (int origin = first; origin < length; origin++) {
            OriginForecast then = rolling.at(origin);
            for (int h = 1; h <= horizon && origin + h - 1 < length; h++) {
                int actual = y[origin + h - 1];
                auto += Math.abs(actual - ForecastPoint.statedMedian(then.calibrated().get(h - 1)));
                naive += Math.abs(actual - rolling.pointForecast(CountModel.NAIVE, origin, h));
                mean += Math.abs(actual - rolling.pointForecast(CountModel.MEAN12, origin, h));
                scored++;
            }
        }
        return new ModelChoice(now.model().id(), now.model().describedFor(length, unit), now.chosenByBacktest(),
                scored, scored == 0 ? Double.NaN : auto / scored, scored == 0 ? Double.NaN : naive / scored,
                scored == 0 ? Double.NaN : mean / scored, Math.max(0, length - first));
    }

    /**
     * Low when the history is short or thin or the model shows no skill over the baselines; high only
     * with a long history, plenty of events and a model that has beaten the naive forecast clearly.
     */
    static Confidence confidence(int[] history, int configured, ModelChoice model, int shortLength, int longLength,
                                 String unit) {
        List<String> reasons = new ArrayList<>();
        Confidence.Level level = Confidence.Level.HIGH;
        int events = 0;
        for (int c : history) {
            events += c;
        }
        if (history.length < shortLength) {
            reasons.add("short history: " + history.length + " of " + configured + " " + unit);
            level = Confidence.Level.LOW;
        } else if (history.length < longLength) {
            reasons.add("history of " + history.length + " " + unit);
            level = Confidence.Level.MODERATE;
        }
        if (events < 10) {
            reasons.add("few events: " + events + " in the history");
            level = Confidence.Level.LOW;
        } else if (events < 50 && level == Confidence.Level.HIGH) {
            reasons.add(events + " events in the history");
            level = Confidence.Level.MODERATE;
        }
        if (!model.chosenByBacktest()) {
            reasons.add("too little history to choose a model by backtest");
            level = min(level, Confidence.Level.MODERATE);
        }
        if (model.scored() > 0 && !model.hasSkill() && !model.flat()) {
            reasons.add(model.skillVerdict(unit));
            level = Confidence.Level.LOW;
        } else if (model.scored() > 0 && model.skillAgainstNaive() > 0.9 && level == Confidence.Level.HIGH) {
            reasons.add("forecasts little better than assuming each week repeats the last");
            level = Confidence.Level.MODERATE;
        }
        return new Confidence(level, reasons);
    }

    private static Confidence.Level min(Confidence.Level a, Confidence.Level b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Draws joint outcomes of every series the scenarios name and reads each draw's scenario (the first
     * whose condition holds): the probabilities add up to one by construction. Series are drawn
     * independently of each other; within a series the draw keeps the weeks' common level.
     */
    static List<ScenarioOutlook> scenarios(PrognosisSettings settings, Map<String, OriginForecast> origins) {
        if (settings.scenarios().isEmpty()) {
            return List.of();
        }
        List<ScenarioCondition> conditions = settings.scenarios().stream()
                .map(s -> s.condition(settings.seriesIds())).toList();
        Map<String, int[][]> paths = new LinkedHashMap<>();
        for (ScenarioCondition c : conditions) {
            for (String id : c.series()) {
                paths.computeIfAbsent(id, k -> origins.get(k).samplePaths(PATHS, new Well19937c(SEED ^ k.hashCode())));
            }
        }
        int[] hits = hits(paths, conditions, true);
        List<ScenarioOutlook> out = new ArrayList<>();
        for (int i = 0; i < hits.length; i++) {
            Scenario s = settings.scenarios().get(i);
            double p = hits[i] / (double) PATHS;
            out.add(new ScenarioOutlook(s.name(), s.title(), s.description(), conditions.get(i).text(), p,
                    Likelihood.termOf(p), Likelihood.rangeOf(p)));
        }
        return out;
    }

    /**
     * The probability that each condition holds over the horizon, from the same seeded draws the scenarios
     * use (so a condition worded as a scenario's first condition gets that scenario's probability). A
     * condition naming a series with no history has none: it is left out of the map.
     */
    public static Map<ScenarioCondition, Double> conditionProbabilities(SeriesCounts counts,
                                                                       PrognosisSettings settings,
                                                                       List<ScenarioCondition> conditions) {
        Map<String, int[][]> paths = new HashMap<>();
        List<ScenarioCondition> drawable = new ArrayList<>();
        for (ScenarioCondition c : conditions) {
            boolean known = true;
            for (String id : c.series()) {
                int[] weekly = counts.weeklyOf(id);
                if (weekly.length == 0) {
                    known = false;
                } else {
                    paths.computeIfAbsent(id, k -> RollingForecasts.of(weekly, settings.horizonWeeks())
                            .at(weekly.length).samplePaths(PATHS, new Well19937c(SEED ^ k.hashCode())));
                }
            }
            if (known && !c.isOtherwise()) {
                drawable.add(c);
            }
        }
        int[] hits = hits(paths, drawable, false);
        Map<ScenarioCondition, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < hits.length; i++) {
            out.put(drawable.get(i), hits[i] / (double) PATHS);
        }
        return out;
    }

    /**
     * For each condition, in how many of the seeded joint draws it holds. With {@code firstOnly} a draw
     * counts for the first condition that holds in it (scenarios: exclusive, adding up to all draws);
     * without, for every condition that holds (conditions judged one by one).
     */
    private static int[] hits(Map<String, int[][]> paths, List<ScenarioCondition> conditions, boolean firstOnly) {
        int[] hits = new int[conditions.size()];
        Map<String, int[]> draw = new HashMap<>();
        for (int p = 0; p < PATHS; p++) {
            for (Map.Entry<String, int[][]> e : paths.entrySet()) {
                draw.put(e.getKey(), e.getValue()[p]);
            }
            for (int i = 0; i < hits.length; i++) {
                if (conditions.get(i).holds(draw)) {
                    hits[i]++;
                    if (firstOnly) {
                        break;
                    }
                }
            }
        }
        return hits;
    }

    static List<IndicatorStatus> indicators(PrognosisSettings settings, SeriesCounts counts) {
        List<IndicatorStatus> out = new ArrayList<>();
        for (IndicatorSpec i : settings.indicators()) {
            if (!i.measured()) {
                out.add(new IndicatorStatus(i.title(), null, null, null, IndicatorStatus.State.WATCHED));
                continue;
            }
            int[] weekly = counts.weeklyOf(i.series());
            int now = weekly.length == 0 ? 0 : weekly[weekly.length - 1];
            out.add(new IndicatorStatus(i.title(), i.series(), i.atLeast(), now,
                    now >= i.atLeast() ? IndicatorStatus.State.FIRED : IndicatorStatus.State.QUIET));
        }
        return out;
    }

    private static List<Integer> box(int[] counts) {
        return java.util.Arrays.stream(counts).boxed().toList();
    }
}
