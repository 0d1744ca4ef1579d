package dev.sitrep.delivery;

import java.time.Instant;

/** Someone who receives editions by e-mail; status is active, bounced, unsubscribed or removed. */
public record Subscriber(long id, String email, String name, String status, Instant created) {
}
