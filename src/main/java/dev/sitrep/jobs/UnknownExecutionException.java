package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/** An execution id that Spring Batch's tables do not hold (or that is not a run of publishEdition). */
public class UnknownExecutionException extends SitrepException {

    public UnknownExecutionException(String message) {
        super(message, JobStateException.EXIT_CODE);
    }
}
