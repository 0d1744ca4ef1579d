package dev.sitrep.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as the assessment shows and cites it. Latitude and longitude (WGS 84 degrees) place it on
 * the locator map; either is null when the source gave no coordinates. {@code locatedTo} says how
 * exactly the coordinates place it ("place", "district", "governorate" or "country": a governorate's
 * or a country's centre is no place of its own), null when the source does not say.
 */
public record EventEntry(
        String id,
        int revision,
        LocalDate occurred,
        String precision,
        String type,
        String subType,
        List<String> actors,
        String admin1,
        String place,
        String summary,
        Integer fatalities,
        List<String> tags,
        List<String> sourceKeys,
        Double latitude,
        Double longitude,
        String locatedTo) {

    public EventEntry {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        sourceKeys = List.copyOf(sourceKeys);
    }

    /** An event whose source does not say how exactly its coordinates place it. */
    public EventEntry(String id, int revision, LocalDate occurred, String precision, String type, String subType,
                      List<String> actors, String admin1, String place, String summary, Integer fatalities,
                      List<String> tags, List<String> sourceKeys, Double latitude, Double longitude) {
        this(id, revision, occurred, precision, type, subType, actors, admin1, place, summary, fatalities, tags,
                sourceKeys, latitude, longitude, null);
    }

    /** An event without coordinates, as entries were before the locator map needed them. */
    public EventEntry(String id, int revision, LocalDate occurred, String precision, String type, String subType,
                      List<String> actors, String admin1, String place, String summary, Integer fatalities,
                      List<String> tags, List<String> sourceKeys) {
        this(id, revision, occurred, precision, type, subType, actors, admin1, place, summary, fatalities, tags,
                sourceKeys, null, null, null);
    }

    /** The deadliest first, then the latest, then by id: the order in which statements cite the events behind them. */
    public static final java.util.Comparator<EventEntry> DEADLIEST_FIRST = java.util.Comparator
            .comparing((EventEntry e) -> -(e.fatalities() == null ? 0 : e.fatalities()))
            .thenComparing(EventEntry::occurred, java.util.Comparator.reverseOrder()).thenComparing(EventEntry::id);

    public boolean synthetic() {
        return tags.contains("synthetic");
    }
}
