package dev.sitrep.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.sitrep.core.Likelihood;

/**
 * Analyst prose (Markdown with pandoc citations) or a computed statement, with the analyst's confidence
 * and, where given, a likelihood in estimative language (an ICD 203 term or a probability). {@code status}
 * says whether an analyst's judgment is new this period, revised, or unchanged since an earlier one;
 * {@code disagreement}, whether the model puts what it is about two or more bands from its likelihood.
 */
public record Passage(String id, String title, String body, String confidence, String likelihood, boolean computed,
        String status,
        // Absent (and so absent from the JSON and the content hash) where the model agrees or cannot judge.
        @JsonInclude(JsonInclude.Include.NON_NULL) ModelDisagreement disagreement) {

    public Passage(String id, String title, String body, String confidence, String likelihood, boolean computed,
                   String status) {
        this(id, title, body, confidence, likelihood, computed, status, null);
    }

    public Passage(String id, String title, String body, String confidence, String likelihood, boolean computed) {
        this(id, title, body, confidence, likelihood, computed, null, null);
    }

    /** "likely (55–80 %)": the term and its range, so a reader need not know ICD 203. */
    public String likelihoodShown() {
        return Likelihood.describe(likelihood);
    }

    /** The same passage with other text (its citations resolved, say); everything else is kept. */
    public Passage withBody(String newBody) {
        return new Passage(id, title, newBody, confidence, likelihood, computed, status, disagreement);
    }

    Passage withDisagreement(ModelDisagreement d) {
        return new Passage(id, title, body, confidence, likelihood, computed, status, d);
    }
}
