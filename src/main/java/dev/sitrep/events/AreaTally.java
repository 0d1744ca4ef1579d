package dev.sitrep.events;

import java.time.LocalDate;
import java.util.List;

/** One event as counting a governorate's weeks sees it: when, how exactly dated, what, where, how many died. */
public record AreaTally(String eventId, LocalDate occurred, String datePrecision, String type, String country,
                        Integer fatalities, List<String> tags) {

    public AreaTally {
        tags = List.copyOf(tags);
    }
}
