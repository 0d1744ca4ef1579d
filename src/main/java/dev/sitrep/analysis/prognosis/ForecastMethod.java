package dev.sitrep.analysis.prognosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * How an edition's forecasts were made, in plain words, from the models its series actually used: the
 * mixture where there was history enough to weigh its members, the mean of 12 where there was not, and
 * the windows as long as the history made them (not as configured).
 */
final class ForecastMethod {

    /** Weeks before the mixture is used: MIN_TRAIN to fit the members, MIN_SCORED to score them. */
    static final int WEIGHED_FROM = RollingForecasts.MIN_TRAIN + RollingForecasts.MIN_SCORED;

    private ForecastMethod() {
    }

    /** The method paragraph; "" when no series has a forecast. */
    static String of(List<SeriesForecast> series) {
        List<SeriesForecast> weekly = series.stream().filter(f -> f.model() != null).toList();
        if (weekly.isEmpty()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        out.add(weekly(weekly));
        List<ModelChoice> monthly = weekly.stream().map(SeriesForecast::outlook).filter(Objects::nonNull)
                .map(MonthlyOutlook::model).toList();
        if (!monthly.isEmpty()) {
            out.add(monthly(monthly));
        }
        out.add("Intervals come from each forecast's own past errors, or from the spread of the counts while there "
                + "are too few of those, and are then corrected on where the last " + AdaptiveLevels.WINDOW
                + " weeks' (or months') counts fell in them (the latest counting most, half as much "
                + (int) AdaptiveLevels.HALF_LIFE + " back): where counts have strayed beyond an 80 % interval more "
                + "than one week in ten on a side, its ends move out, and in where they have strayed less; each end is "
                + "the whole count nearest its share, and an interval starting at 0 leaves all its share above. The "
                + "forecast stated is the median of the corrected distribution, the count as likely to be exceeded "
                + "as not: weekly counts are skewed, and the median has erred less than the mean would. The "
                + "scenario probabilities are drawn from these corrected distributions. Beside each forecast, its "
                + "errors over the recent weeks are set against those of the two simplest forecasts, the last count "
                + "and the mean of 12, each remade at every past week from what was known then.");
        return String.join(" ", out);
    }

    private static String weekly(List<SeriesForecast> weekly) {
        List<SeriesForecast> mixed = weekly.stream().filter(f -> mixes(f.model())).toList();
        List<String> plain = weekly.stream().filter(f -> !mixes(f.model())).map(SeriesForecast::title).toList();
        String shortOf = "too little history to weigh models (that takes " + WEIGHED_FROM + " weeks: "
                + RollingForecasts.MIN_TRAIN + " to fit them, " + RollingForecasts.MIN_SCORED + " to score them)";
        if (mixed.isEmpty()) {
            return "Every series has " + shortOf + ", so each is forecast by the mean of its weeks so far, up to the "
                    + "last 12.";
        }
        String mix = "The weekly forecasts mix six simple models: the last count carried forward, the mean of the "
                + "last 12, exponential smoothing, a Poisson-gamma local level, damped Holt exponential smoothing and a "
                + "Poisson regression with trend. For each week ahead, each model counts for more the smaller its "
                + "errors have been over the series' own last "
                + window(mixed.stream().map(SeriesForecast::model).toList(), "weeks")
                + ", tried from rolling starting points with nothing from after each; the latest weeks count most, "
                + "and a model whose errors have been half as large again as the best's or more is left out.";
        return plain.isEmpty() ? mix : mix + " " + String.join(", ", plain) + (plain.size() == 1 ? " has " : " have ")
                + shortOf + ", so " + (plain.size() == 1 ? "it is" : "they are") + " forecast by the mean of "
                + (plain.size() == 1 ? "its" : "their") + " weeks so far, up to the last 12.";
    }

    private static String monthly(List<ModelChoice> monthly) {
        List<ModelChoice> mixed = monthly.stream().filter(ForecastMethod::mixes).toList();
        if (mixed.isEmpty()) {
            return "The monthly outlooks rest on too few completed months to weigh models, so each is the mean of "
                    + "the months so far, up to the last 12.";
        }
        return "The monthly outlooks mix the same models by their errors over the last " + window(mixed, "months")
                + (mixed.size() < monthly.size() ? " (the mean of the months so far where there are too few)" : "")
                + ".";
    }

    private static boolean mixes(ModelChoice m) {
        return m.model().equals(CountModel.ENSEMBLE.id());
    }

    /** "9 weeks", "9 to 26 weeks"; "(all the history allows)" when shorter than the window configured. */
    private static String window(List<ModelChoice> models, String unit) {
        Function<ModelChoice, Integer> w = ModelChoice::window;
        int low = models.stream().map(w).min(Integer::compare).orElseThrow();
        int high = models.stream().map(w).max(Integer::compare).orElseThrow();
        String span = (low == high ? String.valueOf(low) : low + " to " + high) + " " + unit;
        return high < RollingForecasts.RECENT_WINDOW ? span + " (all the history allows)" : span;
    }
}
