package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.trend.Trends;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one flash assessment is composed from: the event (at its latest revision as of the run),
 * the related events of the window (the event among them, in date order), the events the relevant
 * judgments cite, those judgments, the trend of the related events (their week against the baseline),
 * the prognosis (the related series and the job's scenarios) and every source any of them cites.
 */
public record FlashInput(
        String jobId,
        String jobTitle,
        EventEntry event,
        boolean withdrawn,
        String relatedBy,
        LocalDate windowStart,
        LocalDate windowEnd,
        Instant dataAsOf,
        List<EventEntry> related,
        List<EventEntry> cited,
        List<CompositionInput.AnalystJudgment> judgments,
        Trends trends,
        Prognosis prognosis,
        List<Reference> sources) {

    public FlashInput {
        related = List.copyOf(related);
        cited = List.copyOf(cited);
        judgments = List.copyOf(judgments);
        sources = List.copyOf(sources);
    }
}
