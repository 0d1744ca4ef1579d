package dev.sitrep.analysis.prognosis;

/**
 * One scenario at one horizon: its probability as a range ({@code low} = {@code high} for the model's), where
 * it came from, and the analysts' likelihood for it when a standing judgment states one ({@code stated}, the
 * stored form; null when none does).
 */
public record OutcomeCell(int months, Source source, double low, double high, String judgmentId,
                          String judgmentTitle, String stated) {

    public enum Source {
        /** Drawn from the forecasts of the series its condition names. */
        MODEL,
        /** An analyst's judgment about this outcome at this horizon. */
        ANALYST,
        /** What the other scenarios leave ("otherwise"), as a range when theirs are ranges. */
        REMAINDER,
        /** Neither measurable nor judged yet. */
        NONE
    }

    public boolean known() {
        return source != Source.NONE;
    }

    public boolean point() {
        return known() && low == high;
    }
}
