package dev.sitrep.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One revision of a logged event, as the log holds it. {@code externalId} is the event's id in the
 * dataset it came from (ACLED event_id_cnty, UCDP id), null for events logged here. Optional fields are
 * null when unknown.
 */
public record Event(
        String id,
        int revision,
        String externalId,
        LocalDate occurred,
        DatePrecision precision,
        Instant recorded,
        String type,
        String subType,
        List<Actor> actors,
        Place place,
        String summary,
        Fatalities fatalities,
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

    /** How exactly the place is known (from the source's precision code), or null when it does not say. */
    public LocatedTo locatedTo() {
        return LocatedTo.of(origin, place.precision());
    }

    public Event withRevision(int newRevision) {
        return new Event(id, newRevision, externalId, occurred, precision, recorded, type, subType, actors, place,
                summary, fatalities, tags, sources, origin);
    }
}
