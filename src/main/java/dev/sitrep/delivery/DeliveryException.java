package dev.sitrep.delivery;

import dev.sitrep.core.SitrepException;

/** A subscriber, subscription or delivery that cannot be found or made as asked; the message says why. */
public class DeliveryException extends SitrepException {

    public static final int EXIT_CODE = 9;

    public DeliveryException(String message) {
        super(message, EXIT_CODE);
    }

    /** Unknown subscriber, subscription or delivery (HTTP 404 rather than 400). */
    public static class NotFound extends DeliveryException {
        public NotFound(String message) {
            super(message);
        }
    }

    /** A token that is malformed, forged or for another secret. */
    public static class BadToken extends DeliveryException {
        public BadToken(String message) {
            super(message);
        }
    }
}
