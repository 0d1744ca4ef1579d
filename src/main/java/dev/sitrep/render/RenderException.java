package dev.sitrep.render;

import dev.sitrep.core.SitrepException;

/** Rendering failed: a broken template (with file, line and message), an unknown citation, a PDF error. */
public class RenderException extends SitrepException {

    public static final int EXIT_CODE = 6;

    public RenderException(String message) {
        super(message, EXIT_CODE);
    }

    public RenderException(String message, Throwable cause) {
        super(message, EXIT_CODE, cause);
    }
}
