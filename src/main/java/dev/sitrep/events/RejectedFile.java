package dev.sitrep.events;

/** A whole file that cannot be imported (not UTF-8, empty, an unknown header); kept in the quarantine. */
public class RejectedFile extends EventLogException {

    public RejectedFile(String message) {
        super(message);
    }
}
