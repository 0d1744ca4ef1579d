package dev.sitrep.judgments;

import dev.sitrep.core.SitrepException;

/** A judgment file that cannot be stored as it is; the message names the file, line and what to fix. */
public class JudgmentException extends SitrepException {

    public static final int EXIT_CODE = 4;

    public JudgmentException(String message) {
        super(message, EXIT_CODE);
    }
}
