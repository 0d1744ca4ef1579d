package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.prognosis.StatedLikelihood;
import dev.sitrep.analysis.trend.TrendCounts;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the gather step hands on, from one streaming pass over the log as of the run: the counts the
 * trend and prognosis steps need, the period's events and those the judgments cite (each at its latest
 * revision), the events of each tracked series in the period, the standing judgments and the sources
 * of the events kept, and the likelihoods that speak about a scenario or a series. Its size follows the period, not the log.
 */
record Digest(
        JobSnapshot job,
        IsoWeek period,
        Instant dataAsOf,
        String inputsHash,
        TrendCounts trendCounts,
        SeriesCounts seriesCounts,
        List<EventEntry> events,
        Map<String, Set<String>> trackedEventIds,
        List<CompositionInput.AnalystJudgment> judgments,
        List<Reference> sources,
        List<StatedLikelihood> statedLikelihoods) {
}
