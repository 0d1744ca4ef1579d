package dev.sitrep.assessment;

import java.time.LocalDate;
import java.util.List;

/** An event as the assessment shows and cites it. */
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
        List<String> sourceKeys) {

    public EventEntry {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        sourceKeys = List.copyOf(sourceKeys);
    }

    public boolean synthetic() {
        return tags.contains("synthetic");
    }
}
