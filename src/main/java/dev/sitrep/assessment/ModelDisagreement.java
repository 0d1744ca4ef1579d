package dev.sitrep.assessment;

/**
 * Where the model and an analyst's likelihood are two or more ICD 203 bands apart, shown to the reader
 * beside the judgment rather than left to the run log: the model's probability for what the judgment is
 * about, how many bands apart they are, and the sentence the edition prints (plain text, both figures).
 */
public record ModelDisagreement(double modelProbability, int bandsApart, String sentence) {
}
