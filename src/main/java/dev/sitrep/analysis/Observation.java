package dev.sitrep.analysis;

import java.time.LocalDate;
import java.util.List;

/** What the analysis needs of one event; the analysis never sees the database or the event log itself. */
public record Observation(
        String eventId,
        LocalDate occurred,
        String type,
        String subType,
        List<String> actors,
        String admin1,
        String place,
        Integer fatalities,
        List<String> tags) {

    public Observation {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
    }
}
