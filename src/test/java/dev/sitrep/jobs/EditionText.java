package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a subscriber reads is plain language: no p-values, test names or model ids in the key judgments or
 * the body. Those belong to the annex ("How these numbers were made") and what follows it.
 */
final class EditionText {

    /** p-values, the names of the tests and the ids and names of the forecast models. */
    static final String STATISTICS = "(?i)\\bp\\s*[=<>]\\s*0?\\.\\d|\\bp-value|poisson|binomial|cusum|mann[–-]kendall"
            + "|sen's slope|\\bMAD\\b|1/MAE|\\bMAE\\b|student's t|damped holt|holt\\b|nb-trend|mean12|ensemble"
            + "|\\bnaive\\b|chi-squared|z-score";

    private EditionText() {
    }

    static void assertPlain(String markdown) {
        int annex = markdown.indexOf("## How these numbers were made");
        String body = annex < 0 ? markdown : markdown.substring(0, annex);
        body.lines().forEach(line -> assertThat(line).as("a line a subscriber reads").doesNotContainPattern(STATISTICS));
    }
}
