package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/** A malformed argument to an operation on jobs or executions (a status, a limit, an age, a period). */
public class JobRequestException extends SitrepException {

    /** The command line's usage error. */
    public static final int EXIT_CODE = 2;

    public JobRequestException(String message) {
        super(message, EXIT_CODE);
    }
}
