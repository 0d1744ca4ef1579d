package dev.sitrep.archive;

import dev.sitrep.core.SitrepException;

/** The archive could not store or find an edition; the message says which and why. */
public class ArchiveException extends SitrepException {

    public static final int EXIT_CODE = 7;

    public ArchiveException(String message) {
        super(message, EXIT_CODE);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, EXIT_CODE, cause);
    }
}
