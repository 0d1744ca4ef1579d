package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.ConsistencyWarning;
import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.core.IsoWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one weekly edition is composed from. {@code events} holds every event up to the period's
 * end (for citations); {@code trackedEventIds} maps each series the job tracks to the events matching it;
 * {@code consistency} holds the analysts' likelihoods the model disagrees with (or could not check).
 */
public record CompositionInput(
        String jobId,
        String title,
        IsoWeek period,
        Instant dataAsOf,
        List<EventEntry> events,
        Map<String, Set<String>> trackedEventIds,
        List<AnalystJudgment> judgments,
        Trends trends,
        Prognosis prognosis,
        List<Reference> sources,
        int notableEventLimit,
        List<ConsistencyWarning> consistency) {

    public CompositionInput {
        events = List.copyOf(events);
        trackedEventIds = Map.copyOf(trackedEventIds);
        judgments = List.copyOf(judgments);
        sources = List.copyOf(sources);
        consistency = List.copyOf(consistency);
    }

    /** An edition whose judgments were not held against the model. */
    public CompositionInput(String jobId, String title, IsoWeek period, Instant dataAsOf, List<EventEntry> events,
                            Map<String, Set<String>> trackedEventIds, List<AnalystJudgment> judgments, Trends trends,
                            Prognosis prognosis, List<Reference> sources, int notableEventLimit) {
        this(jobId, title, period, dataAsOf, events, trackedEventIds, judgments, trends, prognosis, sources,
                notableEventLimit, List.of());
    }

    public boolean tracked(String eventId) {
        return trackedEventIds.values().stream().anyMatch(ids -> ids.contains(eventId));
    }

    /** A standing judgment and the section it belongs to. */
    public record AnalystJudgment(String section, Passage passage) {
    }
}
