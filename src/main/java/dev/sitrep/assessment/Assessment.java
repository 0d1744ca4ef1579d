package dev.sitrep.assessment;

import dev.sitrep.analysis.prognosis.Prognosis;
import dev.sitrep.analysis.trend.Trends;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The document model of one edition: what both writers (Markdown, PDF) render. It holds no version
 * number and no wall-clock time, so equal inputs give an equal model and hence an equal content hash.
 */
public record Assessment(
        String jobId,
        String title,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant dataAsOf,
        int eventCount,
        int syntheticEventCount,
        List<Passage> keyJudgments,
        List<Section> sections,
        Trends trends,
        Prognosis prognosis,
        List<EventEntry> notableEvents,
        List<EventEntry> periodEvents,
        Map<String, List<String>> eventSources,
        List<Reference> references,
        EditionChanges changes,
        // Absent (and so absent from the JSON and the content hash) for weekly editions.
        @JsonInclude(JsonInclude.Include.NON_NULL) FlashSubject flash) {

    public Assessment {
        keyJudgments = List.copyOf(keyJudgments);
        sections = List.copyOf(sections);
        notableEvents = List.copyOf(notableEvents);
        periodEvents = List.copyOf(periodEvents);
        // Sorted, so that the model's serialised form (and its content hash) never depends on map order.
        eventSources = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(eventSources));
        references = List.copyOf(references);
    }

    /** A weekly edition's model: no flash subject. */
    public Assessment(String jobId, String title, String period, LocalDate periodStart, LocalDate periodEnd,
                      Instant dataAsOf, int eventCount, int syntheticEventCount, List<Passage> keyJudgments,
                      List<Section> sections, Trends trends, Prognosis prognosis, List<EventEntry> notableEvents,
                      List<EventEntry> periodEvents, Map<String, List<String>> eventSources,
                      List<Reference> references, EditionChanges changes) {
        this(jobId, title, period, periodStart, periodEnd, dataAsOf, eventCount, syntheticEventCount, keyJudgments,
                sections, trends, prognosis, notableEvents, periodEvents, eventSources, references, changes, null);
    }

    /** This assessment as version N+1 of an edition, with what changed since version N. */
    public Assessment withChanges(EditionChanges changes) {
        return new Assessment(jobId, title, period, periodStart, periodEnd, dataAsOf, eventCount, syntheticEventCount,
                keyJudgments, sections, trends, prognosis, notableEvents, periodEvents, eventSources, references,
                changes, flash);
    }

    public boolean builtFromSampleData() {
        return syntheticEventCount > 0;
    }

    public Section section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElse(new Section(id, id, List.of()));
    }
}
