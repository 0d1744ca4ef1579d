package dev.sitrep.events;

/** The checks every parsed event passes, whatever format it came from; the first failing is the InvalidField. */
final class EventChecks {

    private EventChecks() {
    }

    static Event check(Event event) {
        return validId(EventDates.check(TextLimits.check(event)));
    }

    /**
     * Its id and texts: what a row's own text decides. (Whether its date is plausible also depends on when
     * it is recorded, which may be the import's time: no sign of how the file is laid out.)
     */
    static Event wellFormed(Event event) {
        return validId(TextLimits.check(event));
    }

    private static Event validId(Event e) {
        if (!dev.sitrep.core.Ids.isEvent(e.id())) {
            throw new InvalidField("id", "'" + e.id() + "' is not a valid event id: " + dev.sitrep.core.Ids.eventRule());
        }
        return e;
    }
}
