package dev.sitrep.events;

import dev.sitrep.core.SitrepException;

/** The event log could not do what was asked (a file that cannot be read, an unknown format). */
public class EventLogException extends SitrepException {

    public static final int EXIT_CODE = 3;

    public EventLogException(String message) {
        super(message, EXIT_CODE);
    }

    public EventLogException(String message, Throwable cause) {
        super(message, EXIT_CODE, cause);
    }
}
