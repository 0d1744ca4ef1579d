package dev.sitrep.delivery;

import java.time.Instant;

/**
 * One line of the delivery log: one e-mail of a version to a subscriber. Status is pending, sending,
 * sent, failed or permanent-failure; {@code resendOf} is the delivery an explicit re-send repeats.
 */
public record DeliveryEntry(long id, String jobId, String period, int version, String email, String format,
                            String status, int attempts, String lastError, String messageId, Instant created,
                            Instant updated, Long resendOf) {
}
