package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.About;

/** An analyst's likelihood (stored form: an ICD 203 term or a probability) and what it is about. */
public record StatedLikelihood(String judgmentId, String title, String likelihood, About about) {
}
