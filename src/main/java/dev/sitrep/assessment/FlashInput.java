package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.Trends;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one flash assessment is composed from: the event (at its latest revision as of the run),
 * the related events of the window (the event among them, in date order), the events the relevant
 * judgments cite, those judgments, the trend of the related events (their week against the baseline),
 * the prognosis (the related series and the job's scenarios), the episode of heightened violence the event's
 * governorate is in (null when none), the deadliest of that governorate's events in the event's week (what
 * the episode's statement cites), and every source any of them cites.
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
        Episode episode,
        List<EventEntry> episodeEvents,
        List<Reference> sources) {

    public FlashInput {
        episodeEvents = List.copyOf(episodeEvents);
        related = List.copyOf(related);
        cited = List.copyOf(cited);
        judgments = List.copyOf(judgments);
        sources = List.copyOf(sources);
    }

    /** A flash of an event whose governorate is in no episode. */
    public FlashInput(String jobId, String jobTitle, EventEntry event, boolean withdrawn, String relatedBy,
                      LocalDate windowStart, LocalDate windowEnd, Instant dataAsOf, List<EventEntry> related,
                      List<EventEntry> cited, List<CompositionInput.AnalystJudgment> judgments, Trends trends,
                      Prognosis prognosis, List<Reference> sources) {
        this(jobId, jobTitle, event, withdrawn, relatedBy, windowStart, windowEnd, dataAsOf, related, cited, judgments,
                trends, prognosis, null, List.of(), sources);
    }
}
