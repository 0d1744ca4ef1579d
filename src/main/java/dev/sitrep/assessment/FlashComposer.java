package dev.sitrep.assessment;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flash composition of the one document model: an assessment of a single event, in the seed's
 * order — the event, its pattern, the episode its governorate is in, the analysts' standing judgments relevant to it (context, strategic
 * logic, risks, outlook, implications, conclusion), the prognosis, a locator map and the sources.
 * Pure: the same input gives the same model, so an unchanged re-run publishes nothing.
 */
public final class FlashComposer {

    /** The id of the computed key judgment that places the event in its pattern. */
    public static final String PATTERN = "flash-pattern";
    /** The id of the computed key judgment that names the episode the event belongs to. */
    public static final String EPISODE = "flash-episode";
    /** The section of the analysts' judgments that bear on the event, each summarised. */
    public static final String JUDGMENTS = "relevant-judgments";
    /** The id of the related series the prognosis forecasts for a flash. */
    public static final String RELATED_SERIES = "flash-related";
    /** The timeline table shows at most this many related events, the latest; events.csv holds them all. */
    public static final int TIMELINE = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FlashComposer() {
    }

    public static Assessment compose(FlashInput in) {
        EventEntry e = in.event();
        int ordinal = ordinal(in.related(), e.id());
        FlashSubject subject = new FlashSubject(e.id(), e.revision(), in.withdrawn(), in.relatedBy(),
                in.windowStart(), ordinal, in.related().size());
        List<Passage> keyJudgments = new ArrayList<>();
        keyJudgments.add(FlashPassages.pattern(subject, in.trends(), e, in.related()));
        if (in.episode() != null) {
            keyJudgments.add(FlashPassages.episode(in.episode(), in.episodeEvents()));
        }
        if (in.withdrawn()) {
            keyJudgments.add(0, FlashPassages.withdrawal(e));
        }
        List<Section> sections = List.of(new Section(JUDGMENTS, "What analysts judge", in.judgments().stream()
                .map(j -> FlashPassages.summary(j.passage())).toList()));
        Map<String, List<String>> eventSources = new LinkedHashMap<>();
        in.cited().forEach(c -> eventSources.put(c.id(), c.sourceKeys()));
        in.episodeEvents().forEach(c -> eventSources.put(c.id(), c.sourceKeys()));
        in.related().forEach(r -> eventSources.put(r.id(), r.sourceKeys()));
        eventSources.put(e.id(), e.sourceKeys());
        int synthetic = (int) in.related().stream().filter(EventEntry::synthetic).count();
        return new Assessment(in.jobId(), title(e), FlashSubject.editionOf(e.id()), in.windowStart(), in.windowEnd(),
                in.dataAsOf(), in.related().size(), synthetic, keyJudgments, sections, in.trends(), in.prognosis(),
                timeline(in.related(), e.id()), in.related(), eventSources, in.sources(), null, subject);
    }

    /** The latest {@value #TIMELINE} related events in date order, the assessed one always among them. */
    static List<EventEntry> timeline(List<EventEntry> related, String eventId) {
        if (related.size() <= TIMELINE) {
            return related;
        }
        List<EventEntry> shown = new ArrayList<>(related.subList(related.size() - TIMELINE, related.size()));
        if (shown.stream().noneMatch(r -> r.id().equals(eventId))) {
            related.stream().filter(r -> r.id().equals(eventId)).findFirst().ifPresent(r -> {
                shown.remove(0);
                shown.add(0, r);
            });
        }
        return shown;
    }

    /** "Flash assessment: military-movement / convoy at Hmeimim Air Base, 26 Nov 2025". */
    static String title(EventEntry e) {
        String what = e.subType() == null ? e.type() : e.type() + " / " + e.subType();
        String where = e.place() != null ? e.place() : e.admin1() != null ? e.admin1() : "an unnamed place";
        return "Flash assessment: " + what + " at " + where + ", " + DAY.format(e.occurred());
    }

    /** The event's place among the related events in date order, 1-based (0 when it is not among them). */
    static int ordinal(List<EventEntry> related, String eventId) {
        for (int i = 0; i < related.size(); i++) {
            if (related.get(i).id().equals(eventId)) {
                return i + 1;
            }
        }
        return 0;
    }
}
