package dev.sitrep.analysis.prognosis;

/**
 * Which model a forecast uses and how the choice has done. The choice ("auto") is remade at every past
 * origin from what was known then; {@code autoMae} is that choice's error on the targets of the recent
 * window, beside the two baselines' ({@code naiveMae}: last value; {@code meanMae}: mean of 12), pooled
 * over horizons 1..H. {@code scored} forecasts back the figures; 0 means none could be scored yet.
 * {@code window} is how many weeks (or months) that recent window holds: at most
 * {@link RollingForecasts#RECENT_WINDOW}, fewer when the series is shorter.
 */
public record ModelChoice(
        String model,
        String description,
        boolean chosenByBacktest,
        int scored,
        double autoMae,
        double naiveMae,
        double meanMae,
        int window) {

    /** The choice's error relative to the naive forecast (below 1: better); NaN when not scored. */
    public double skillAgainstNaive() {
        return scored == 0 || naiveMae == 0 ? Double.NaN : autoMae / naiveMae;
    }

    public double skillAgainstMean() {
        return scored == 0 || meanMae == 0 ? Double.NaN : autoMae / meanMae;
    }

    /**
     * Beating a baseline by less than this share of its error is not skill: the edition would print the two
     * errors alike (1.82 against 1.82) and still call the forecast skilled.
     */
    static final double SKILL_MARGIN = 0.01;

    /** Beats both baselines clearly on the recent window; otherwise the edition must not present it as skilled. */
    public boolean hasSkill() {
        return scored > 0 && beats(naiveMae) && beats(meanMae);
    }

    private boolean beats(double baselineMae) {
        return autoMae < (1 - SKILL_MARGIN) * baselineMae;
    }

    /** Every forecast was exact: the series has not moved, and skill means nothing. */
    public boolean flat() {
        return scored > 0 && autoMae == 0 && naiveMae == 0 && meanMae == 0;
    }

    /** What the edition says of the choice's skill, or "" when it beat both baselines. */
    public String skillVerdict(String unit) {
        if (scored == 0 || hasSkill()) {
            return "";
        }
        if (flat()) {
            return "the series has not moved: every model was exact";
        }
        if (!beats(naiveMae)) {
            return "no better than assuming each " + unit.replaceFirst("s$", "") + " repeats the last, over the last " + window
                    + " " + unit;
        }
        return "no better than the average of the last 12, over the last " + window + " " + unit;
    }
}
