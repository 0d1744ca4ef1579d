package dev.sitrep.events;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When an event may have happened, whatever format it came from: not before 1900 (no conflict dataset
 * reaches back further; an earlier year is a typo), and not after the day it was recorded (a day's grace
 * for time zones): an event dated 9999-12-31 would sit in no week anyone publishes, and one in next week
 * would be counted before it happened.
 */
final class EventDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private EventDates() {
    }

    static Event check(Event e) {
        if (e.occurred().isBefore(EARLIEST)) {
            throw new InvalidField("occurred", e.occurred() + " is before " + EARLIEST + ": check the year");
        }
        LocalDate latest = e.recorded().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        if (e.occurred().isAfter(latest)) {
            throw new InvalidField("occurred", e.occurred() + " is after the day the event was recorded ("
                    + e.recorded() + "): an event is logged once it has happened; check the date");
        }
        return e;
    }
}
