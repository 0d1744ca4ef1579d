package dev.sitrep.web.security;

import org.springframework.security.core.AuthenticationException;

/** A bearer token that is unknown or revoked; its message never holds the token. */
final class InvalidTokenException extends AuthenticationException {

    InvalidTokenException(String message) {
        super(message);
    }
}
