package dev.sitrep.analysis.prognosis;

/**
 * Whether {@code auto} beat the baselines on one series at one horizon: its MAE over naive's and over mean12's
 * (below 1 is better; NaN when a baseline was exact throughout or not evaluated). For {@link BacktestResult#ALL},
 * the geometric means of the series' ratios over the {@code seriesCount} series that have both.
 */
public record BacktestSkill(String series, int horizon, double autoOverNaive, double autoOverMean12, int seriesCount) {

    public boolean beatsNaive() {
        return autoOverNaive < 1;
    }

    public boolean beatsBoth() {
        return autoOverNaive < 1 && autoOverMean12 < 1;
    }

    /** What a report says next to the figures; "" when auto beat both baselines. */
    public String verdict() {
        if (Double.isNaN(autoOverNaive) || Double.isNaN(autoOverMean12)) {
            return "not comparable: a baseline was exact throughout or not evaluated";
        }
        if (!beatsNaive()) {
            return "no skill over a naive forecast";
        }
        if (!beatsBoth()) {
            return "no better than the mean of the last 12 weeks";
        }
        return "";
    }
}
