package dev.sitrep.analysis.prognosis;

/**
 * A judgment whose stated likelihood lies more than one estimative band from the model's probability
 * for what it is about, or one the model cannot check ({@code modelProbability} NaN); {@code message}
 * gives both figures in a reviewer's words.
 */
public record ConsistencyWarning(String judgmentId, int statedBand, double modelProbability, int bandsApart,
                                 String message) {

    public boolean checked() {
        return !Double.isNaN(modelProbability);
    }
}
