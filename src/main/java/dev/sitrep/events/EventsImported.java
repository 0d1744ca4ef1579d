package dev.sitrep.events;

import java.util.List;

/**
 * Published once an import has been committed: which events it stored a new revision of (new events
 * and corrections), the first {@value ImportReport#LISTED_EVENTS} of them, and how many more it stored.
 * Flash rules listen for it; an import that stored nothing (a dry run, all unchanged) publishes none.
 */
public record EventsImported(String origin, List<String> eventIds, int unlisted) {

    public EventsImported {
        eventIds = List.copyOf(eventIds);
    }
}
