package dev.sitrep.assessment;

import dev.sitrep.core.Likelihood;

/**
 * Analyst prose (Markdown with pandoc citations) or a computed statement, with the analyst's confidence
 * and, where given, a likelihood in estimative language (an ICD 203 term or a probability). {@code status}
 * says whether an analyst's judgment is new this period, revised, or unchanged since an earlier one.
 */
public record Passage(String id, String title, String body, String confidence, String likelihood, boolean computed,
        String status) {

    public Passage(String id, String title, String body, String confidence, String likelihood, boolean computed) {
        this(id, title, body, confidence, likelihood, computed, null);
    }

    /** "likely (55–80 %)": the term and its range, so a reader need not know ICD 203. */
    public String likelihoodShown() {
        return Likelihood.describe(likelihood);
    }

    Passage withBody(String newBody) {
        return new Passage(id, title, newBody, confidence, likelihood, computed, status);
    }
}
