package dev.sitrep.web.security;

import dev.sitrep.core.SitrepException;

/** A user or API token that cannot be added, found or used as asked; the message says what to change. */
public class AccountException extends SitrepException {

    static final int EXIT_CODE = 1;

    public AccountException(String message) {
        super(message, EXIT_CODE);
    }
}
