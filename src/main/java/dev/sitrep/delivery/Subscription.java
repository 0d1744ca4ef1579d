package dev.sitrep.delivery;

import java.time.Instant;

/**
 * A subscriber's wish to receive a job's editions as a PDF attached, the Markdown attached or a link
 * only; {@code flash} opts in to flash assessments (a later issue).
 */
public record Subscription(String email, String jobId, String format, boolean flash, boolean active,
                           Instant created) {
}
