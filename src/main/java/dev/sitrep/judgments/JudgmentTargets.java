package dev.sitrep.judgments;

import dev.sitrep.core.About;
import java.util.Optional;
import java.util.Set;

/**
 * The jobs a judgment may name, and for each the sections its template places. Implemented where the
 * jobs are known (package jobs), so that this package never depends on it.
 */
public interface JudgmentTargets {

    /** The sections every template places, in the order of the seed's assessments. */
    Set<String> STANDARD_SECTIONS = Set.of("key-judgment", "context", "strategic-logic", "risks", "implications",
            "outlook", "outcomes", "conclusion");

    /** The sections of the job's template (the standard ones and any it defines), or empty: no such job. */
    Optional<Set<String>> sections(String jobId);

    /**
     * What is wrong with {@code about} for the job, in words for the analyst (an unknown scenario, a
     * condition that names an untracked series, …), or empty when the job's prognosis can judge it.
     */
    Optional<String> problemWith(String jobId, About about);
}
