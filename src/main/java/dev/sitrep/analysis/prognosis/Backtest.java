package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forecast evaluation: a rolling-origin backtest of the prognosis stage's own models, and of the choice an
 * edition makes between them, over any weekly count series. It replays {@link RollingForecasts}, so what is
 * scored is exactly what an edition would have published at each origin.
 *
 * <p>No look-ahead: the forecast for target week t at horizon h comes from origin t − h and sees weeks up to
 * it only, model choice and interval calibration included. A row therefore never changes when weeks after its
 * target are added or removed.
 */
public final class Backtest {

    private Backtest() {
    }

    public static BacktestResult run(List<CountSeries> series, BacktestSettings settings) {
        List<BacktestRow> rows = new ArrayList<>();
        Map<String, List<ForecastPoint>> outlook = new LinkedHashMap<>();
        for (CountSeries s : series) {
            if (s.counts().isEmpty()) {
                continue;
            }
            RollingForecasts rolling = RollingForecasts.of(s.values(), settings.maxHorizon());
            rows.addAll(rows(s, settings, rolling));
            outlook.put(s.id(), outlook(s, rolling));
        }
        return BacktestScoring.score(series, settings, rows, outlook);
    }

    /** What an edition would publish after the series' last week: auto's forecast, week by week. */
    private static List<ForecastPoint> outlook(CountSeries s, RollingForecasts rolling) {
        OriginForecast now = rolling.at(rolling.length());
        List<ForecastPoint> points = new ArrayList<>();
        for (int h = 1; h <= rolling.maxHorizon(); h++) {
            points.add(ForecastPoint.of(s.last().plusWeeks(h).toString(), now.calibrated().get(h - 1)));
        }
        return points;
    }

    /** Index of the first target week scored; forecasts from origins with less history than this are skipped. */
    static int firstTarget(CountSeries s, BacktestSettings settings) {
        int n = s.counts().size();
        if (settings.firstTarget() == null) {
            return Math.max(0, n - BacktestSettings.DEFAULT_TARGETS);
        }
        long between = java.time.temporal.ChronoUnit.WEEKS.between(s.first().monday(),
                settings.firstTarget().monday());
        return (int) Math.max(0, Math.min(n, between));
    }

    static List<BacktestRow> rows(CountSeries s, BacktestSettings settings, RollingForecasts rolling) {
        int[] y = s.values();
        int n = y.length;
        List<BacktestRow> rows = new ArrayList<>();
        int firstTarget = firstTarget(s, settings);
        int minHorizon = settings.horizons().get(0);
        int maxHorizon = settings.horizons().get(settings.horizons().size() - 1);
        // Origin o knows y[0..o) and forecasts y[o + h − 1]; the earliest origin still needed is first − maxH + 1.
        int fromOrigin = Math.max(RollingForecasts.MIN_TRAIN, firstTarget - maxHorizon + 1);
        for (int origin = fromOrigin; origin + minHorizon - 1 < n; origin++) {
            OriginForecast[] byModel = new OriginForecast[settings.models().size()];
            for (int h : settings.horizons()) {
                int target = origin + h - 1;
                if (target < firstTarget || target >= n) {
                    continue;
                }
                for (int m = 0; m < byModel.length; m++) {
                    if (byModel[m] == null) {
                        byModel[m] = forecast(rolling, settings.models().get(m), origin);
                    }
                    rows.add(row(s, settings.models().get(m), byModel[m], origin, h, y[target]));
                }
            }
        }
        return rows;
    }

    private static OriginForecast forecast(RollingForecasts rolling, String model, int origin) {
        return BacktestSettings.AUTO.equals(model) ? rolling.at(origin)
                : rolling.with(CountModel.byId(model), origin);
    }

    private static BacktestRow row(CountSeries s, String model, OriginForecast f, int origin, int h, int actual) {
        IsoWeek originWeek = s.week(origin - 1);
        IsoWeek target = s.week(origin + h - 1);
        CalibratedCount d = f.calibrated().get(h - 1);
        ForecastPoint p = ForecastPoint.of(target.toString(), d);
        return new BacktestRow(s.id(), originWeek, h, target, model, f.model().id(),
                BacktestSettings.AUTO.equals(model) ? p.central() : p.mean(), p.lo50(), p.hi50(),
                p.lo80(), p.hi80(), p.lo95(), p.hi95(), actual, d.crps(actual));
    }
}
