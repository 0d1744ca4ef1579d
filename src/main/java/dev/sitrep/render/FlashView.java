package dev.sitrep.render;

import dev.sitrep.assessment.Assessment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.FlashComposer;
import dev.sitrep.assessment.FlashSubject;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the flash template sees beyond the weekly view: the event, the related events as a timeline and
 * the related series' forecast, already formatted. Public only because FreeMarker reads public types.
 *
 * @param mapNote what the locator map cannot show of the event itself (no coordinates in the log, or only a
 *                governorate's or the country's), or empty
 */
public record FlashView(
        FlashSubject subject,
        Event event,
        List<Event> timeline,
        MarkdownView.Forecast related,
        String mapNote) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One event as the flash shows it; {@code subject} marks the assessed event in the timeline. */
    public record Event(int number, String id, String date, String precision, String where, String what,
                        String actors, String fatalities, String summary, String citation, boolean synthetic,
                        boolean subject) {
    }

    static FlashView of(Assessment a, Map<String, String> citations, List<MarkdownView.Forecast> forecasts) {
        FlashSubject s = a.flash();
        EventEntry subject = a.periodEvents().stream().filter(e -> e.id().equals(s.eventId())).findFirst()
                .orElseThrow(() -> new RenderException("the flash assessment of " + s.eventId()
                        + " does not hold its own event"));
        List<String> order = a.periodEvents().stream().map(EventEntry::id).toList();
        return new FlashView(s, event(subject, citations, s.eventId(), order),
                a.notableEvents().stream().map(e -> event(e, citations, s.eventId(), order)).toList(),
                forecasts.stream().filter(f -> f.id().equals(FlashComposer.RELATED_SERIES)).findFirst().orElse(null),
                mapNote(subject));
    }

    /** What the map cannot show of the event: no coordinates, or coordinates that are only an area's centre. */
    static String mapNote(EventEntry subject) {
        if (subject.latitude() == null || subject.longitude() == null) {
            return "The event has no coordinates in the log, so the map cannot mark it; it shows the related "
                    + "events that have them.";
        }
        MapPoint.Extent extent = MapPoint.Extent.of(subject.locatedTo());
        if (extent == MapPoint.Extent.POINT) {
            return "";
        }
        return "The event is located only to " + (extent == MapPoint.Extent.GOVERNORATE ? "its governorate"
                : "the country") + " in the log, so the map does not mark it as a place; it shows the related "
                + "events located to theirs.";
    }

    /** {@code order}: the related events in date order, which number the timeline's rows. */
    private static Event event(EventEntry e, Map<String, String> citations, String subjectId, List<String> order) {
        return new Event(order.indexOf(e.id()) + 1, e.id(), DAY.format(e.occurred()), e.precision(),
                MarkdownView.where(e), MarkdownView.what(e), String.join("; ", e.actors()),
                e.fatalities() == null ? "not reported" : String.valueOf(e.fatalities()), e.summary(),
                citations.getOrDefault(e.id(), ""), e.synthetic(), e.id().equals(subjectId));
    }
}
