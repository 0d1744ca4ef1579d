package dev.sitrep.events;

import dev.sitrep.core.Sha256;
import java.util.stream.Collectors;

/**
 * The hash of what an event says, leaving out when it was recorded and its revision number, so that
 * re-importing the same line is recognised as unchanged and a real correction as a new revision.
 */
final class EventContent {

    private EventContent() {
    }

    static String hash(Event e) {
        String actors = e.actors().stream().map(a -> a.name() + "/" + a.role()).collect(Collectors.joining(";"));
        String sources = e.sources().stream().map(Source::key).collect(Collectors.joining(";"));
        return Sha256.hex(String.join("\u001f", e.id(), String.valueOf(e.occurred()), e.precision().label(),
                e.type(), String.valueOf(e.subType()), actors, e.country(), String.valueOf(e.admin1()),
                String.valueOf(e.admin2()), String.valueOf(e.place()), String.valueOf(e.latitude()),
                String.valueOf(e.longitude()), e.summary(), String.valueOf(e.fatalities()),
                String.join(";", e.tags()), sources));
    }
}
