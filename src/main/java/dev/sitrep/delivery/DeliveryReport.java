package dev.sitrep.delivery;

/** What one delivery run of a version did: sent, failed (to retry), bounced (permanent) and left pending. */
public record DeliveryReport(String jobId, String period, int version, int sent, int failed, int bounced,
                             int pending, boolean mailConfigured) {
}
