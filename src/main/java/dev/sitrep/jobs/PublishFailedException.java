package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/** A run of publishEdition that failed for a reason that is not one stage's typed error. */
public class PublishFailedException extends SitrepException {

    public static final int EXIT_CODE = 8;

    public PublishFailedException(String message, Throwable cause) {
        super(message, EXIT_CODE, cause);
    }
}
