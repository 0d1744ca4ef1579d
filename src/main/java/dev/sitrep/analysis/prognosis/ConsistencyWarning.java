package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.Likelihood;
import java.util.List;

/**
 * A judgment whose stated likelihood (its stored form: an ICD 203 term or a probability) lies more than
 * one estimative band from the model's probability for what it is about, or one the model cannot check
 * ({@code modelProbability} NaN); {@code message} gives both figures in a reviewer's words.
 */
public record ConsistencyWarning(String judgmentId, String statedLikelihood, int statedBand, double modelProbability,
                                 int bandsApart, String message) {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six");

    public boolean checked() {
        return !Double.isNaN(modelProbability);
    }

    /**
     * The sentence a reader finds beside the judgment, e.g. "The model puts this at 0 % (almost no chance),
     * two bands below the analyst's unlikely (20–45 %)."; null for a judgment the model could not check.
     */
    public String forReaders() {
        if (!checked()) {
            return null;
        }
        int modelBand = Likelihood.bandOf(modelProbability);
        return "The model puts this at " + Likelihood.percentShown(modelProbability) + " ("
                + Likelihood.termOf(modelProbability) + "), " + NUMBERS.get(bandsApart) + " bands "
                + (modelBand < statedBand ? "below" : "above") + " the analyst's "
                + Likelihood.describe(statedLikelihood) + ".";
    }
}
