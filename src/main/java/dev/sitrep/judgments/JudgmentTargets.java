package dev.sitrep.judgments;

import java.util.Optional;
import java.util.Set;

/**
 * The jobs a judgment may name, and for each the sections its template places. Implemented where the
 * jobs are known (package jobs), so that this package never depends on it.
 */
public interface JudgmentTargets {

    /** The sections every template places, in the order of the seed's assessments. */
    Set<String> STANDARD_SECTIONS = Set.of("key-judgment", "context", "strategic-logic", "risks", "implications",
            "outlook", "conclusion");

    /** The sections of the job's template (the standard ones and any it defines), or empty: no such job. */
    Optional<Set<String>> sections(String jobId);
}
