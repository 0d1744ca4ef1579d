package dev.sitrep.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sitrep.delivery.*}. The SMTP server itself is Spring's {@code spring.mail.*}; without
 * {@code spring.mail.host} deliveries are recorded as pending and nothing is sent.
 *
 * @param secret             key of the unsubscribe tokens' HMAC; when unset, one is generated at first use
 *                           and kept in the database (table app_secret) so every node shares it
 * @param from               the From address
 * @param maxAttachmentSize  a larger PDF or Markdown is linked instead of attached
 * @param attempts           tries per message before it is marked failed
 * @param firstDelay         wait before the first retry; doubled for each further one up to maxDelay
 * @param giveUpAfter        this many messages in a row failing for a transient reason stop the run (the
 *                           SMTP server is down): the rest stay pending for a restart or
 *                           {@code sitrep deliveries retry}
 * @param pageSize           recipients read and sent per page, so a run never holds every message at once
 * @param inFlightTimeout    a delivery left "sending" by a process that died is taken up again after this
 */
@ConfigurationProperties("sitrep.delivery")
record DeliverySettings(String secret, String from, DataSize maxAttachmentSize, Integer attempts,
                        Duration firstDelay, Duration maxDelay, Integer giveUpAfter, Integer pageSize,
                        Duration inFlightTimeout) {

    DeliverySettings {
        from = from == null || from.isBlank() ? "sitrep@localhost" : from;
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
        attempts = attempts == null ? 4 : Math.max(1, attempts);
        firstDelay = firstDelay == null ? Duration.ofSeconds(2) : firstDelay;
        maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
        giveUpAfter = giveUpAfter == null ? 3 : Math.max(1, giveUpAfter);
        pageSize = pageSize == null ? 100 : Math.max(1, pageSize);
        inFlightTimeout = inFlightTimeout == null ? Duration.ofMinutes(10) : inFlightTimeout;
    }

    /** The wait before retry number {@code retry} (1-based): first-delay, doubled each time, capped. */
    Duration delayBefore(int retry) {
        Duration d = firstDelay;
        for (int i = 1; i < retry && d.compareTo(maxDelay) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    /** Waits {@link #delayBefore} the given retry; false when interrupted (the run is being stopped). */
    boolean waitBefore(int retry) {
        try {
            Thread.sleep(delayBefore(retry).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
