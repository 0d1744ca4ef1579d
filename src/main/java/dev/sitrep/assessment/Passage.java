package dev.sitrep.assessment;

/**
 * Analyst prose (Markdown with pandoc citations) or a computed statement, with the analyst's confidence
 * and, where given, a likelihood in estimative language.
 */
public record Passage(String id, String title, String body, String confidence, String likelihood, boolean computed) {
}
