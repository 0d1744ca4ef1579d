package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.assessment.CompositionInput;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the flash gather step hands on: the job as read (its template the flash template, its prognosis
 * with the related series first), the event and its related events over the window (the baseline weeks
 * and the event's week), the events the relevant judgments cite, those judgments, the counts of every
 * tracked series for the prognosis, the episode the event's governorate is in (null when none) with the
 * deadliest of that governorate's events in the week, and the sources of everything kept.
 */
record FlashDigest(
        JobSnapshot job,
        LocalDate coverageFrom,
        IsoWeek week,
        LocalDate windowStart,
        Instant dataAsOf,
        String inputsHash,
        EventEntry event,
        boolean withdrawn,
        String relatedBy,
        List<EventEntry> related,
        List<EventEntry> cited,
        List<CompositionInput.AnalystJudgment> judgments,
        SeriesCounts seriesCounts,
        Episode episode,
        List<EventEntry> episodeEvents,
        List<Reference> sources) {
}
