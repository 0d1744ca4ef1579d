package dev.sitrep.events;

/** The checks every parsed event passes, whatever format it came from; the first failing is the InvalidField. */
final class EventChecks {

    private EventChecks() {
    }

    static Event check(Event event) {
        Event e = EventDates.check(TextLimits.check(event));
        if (!dev.sitrep.core.Ids.isEvent(e.id())) {
            throw new InvalidField("id", "'" + e.id() + "' is not a valid event id: " + dev.sitrep.core.Ids.eventRule());
        }
        return e;
    }
}
