package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/**
 * An operation the job or execution is not in a state for (restarting a completed execution, pausing a
 * job that is not on the schedule); the message says what state it is in and what to do instead.
 */
public class JobStateException extends SitrepException {

    public static final int EXIT_CODE = 8;

    public JobStateException(String message) {
        super(message, EXIT_CODE);
    }
}
