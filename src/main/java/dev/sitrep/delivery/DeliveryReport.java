package dev.sitrep.delivery;

/** What one delivery run of a version did: sent, failed (to retry), bounced (permanent) and left pending. */
public record DeliveryReport(String jobId, String period, int version, int sent, int failed, int bounced,
                             int pending, boolean mailConfigured) {

    /** One line for people: what was sent, what failed, and whether mail is set up at all. */
    public String summary() {
        // A grouped flash alert has no version (0).
        return String.format(java.util.Locale.ROOT, "%s %s%s: sent %d, failed %d, bounced %d, pending %d%s", jobId,
                period, version == 0 ? "" : " v" + version, sent, failed, bounced, pending,
                mailConfigured ? "" : " (mail is not configured: set spring.mail.host)");
    }
}
