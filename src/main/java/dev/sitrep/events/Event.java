package dev.sitrep.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One revision of a logged event, as the log holds it. Optional fields are null when unknown. */
public record Event(
        String id,
        int revision,
        LocalDate occurred,
        DatePrecision precision,
        Instant recorded,
        String type,
        String subType,
        List<Actor> actors,
        String country,
        String admin1,
        String admin2,
        String place,
        Double latitude,
        Double longitude,
        String summary,
        Integer fatalities,
        List<String> tags,
        List<Source> sources,
        String origin) {

    public Event {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
    }

    public boolean isSynthetic() {
        return tags.contains("synthetic");
    }

    public Event withRevision(int newRevision) {
        return new Event(id, newRevision, occurred, precision, recorded, type, subType, actors, country, admin1,
                admin2, place, latitude, longitude, summary, fatalities, tags, sources, origin);
    }
}
