package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/**
 * A flash assessment that cannot be made as asked: the event is outside the job's scope, or outside
 * every job's (CLI exit 5, HTTP 422). The message says which scope and how to choose another job.
 */
public class FlashRequestException extends SitrepException {

    public static final int EXIT_CODE = 5;

    FlashRequestException(String message) {
        super(message, EXIT_CODE);
    }
}
