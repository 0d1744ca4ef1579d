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
        Place p = e.place();
        Fatalities f = e.fatalities();
        return Sha256.hex(String.join("\u001f", e.id(), String.valueOf(e.externalId()), String.valueOf(e.occurred()),
                e.precision().label(), e.type(), String.valueOf(e.subType()), actors, p.country(),
                String.valueOf(p.admin1()), String.valueOf(p.admin2()), String.valueOf(p.name()),
                String.valueOf(p.latitude()), String.valueOf(p.longitude()), String.valueOf(p.precision()),
                e.summary(), f.best() + "/" + f.low() + "/" + f.high(),
                String.join(";", e.tags()), sources));
    }
}
