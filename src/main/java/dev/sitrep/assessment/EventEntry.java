package dev.sitrep.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An event as the assessment shows and cites it. Latitude and longitude (WGS 84 degrees) place it on
 * the locator map; either is null when the source gave no coordinates.
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
        Double longitude) {

    public EventEntry {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        sourceKeys = List.copyOf(sourceKeys);
    }

    /** An event without coordinates, as entries were before the locator map needed them. */
    public EventEntry(String id, int revision, LocalDate occurred, String precision, String type, String subType,
                      List<String> actors, String admin1, String place, String summary, Integer fatalities,
                      List<String> tags, List<String> sourceKeys) {
        this(id, revision, occurred, precision, type, subType, actors, admin1, place, summary, fatalities, tags,
                sourceKeys, null, null);
    }

    public boolean synthetic() {
        return tags.contains("synthetic");
    }
}
