package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.List;

/**
 * What the gather step hands on: the job's events up to the end of the period (each at its latest
 * revision as of the run), the judgments standing in the period, and the sources they cite.
 */
record Digest(
        JobSnapshot job,
        IsoWeek period,
        Instant dataAsOf,
        String inputsHash,
        List<Observation> observations,
        List<EventEntry> events,
        List<CompositionInput.AnalystJudgment> judgments,
        List<Reference> sources) {
}
