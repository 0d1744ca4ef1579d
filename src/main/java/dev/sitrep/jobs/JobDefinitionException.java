package dev.sitrep.jobs;

import dev.sitrep.core.SitrepException;

/** A job that is not defined, or whose definition is wrong; the message names the file, line and field. */
public class JobDefinitionException extends SitrepException {

    public static final int EXIT_CODE = 5;

    public JobDefinitionException(String message) {
        super(message, EXIT_CODE);
    }
}
