package dev.sitrep.events;

import org.springframework.context.annotation.Import;

/**
 * The event log, for a context that starts nothing else (the CLI's read-only verbs). Not a stereotype, so the
 * application's component scan never counts it twice.
 */
@Import(EventLog.class)
public final class EventReading {

    private EventReading() {
    }
}
