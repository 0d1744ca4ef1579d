package dev.sitrep.delivery;

import tools.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts a version to a subscription's webhook as JSON, signed so the receiver can tell it came from
 * Sitrep and was not replayed: {@code X-Sitrep-Signature: t=<unix seconds>,sha256=<hex HMAC of "t.body">}.
 * {@code X-Sitrep-Delivery} carries the delivery id, so a receiver can drop a repeat. A 2xx is sent; a
 * 4xx other than 408 and 429 is permanent (the receiver refuses it); anything else is retried with
 * the same backoff as e-mail.
 */
final class WebhookSending {

    static final String SIGNATURE = "X-Sitrep-Signature";
    static final String DELIVERY = "X-Sitrep-Delivery";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final DeliverySettings settings;

    WebhookSending(DeliverySettings settings) {
        this.settings = settings;
    }

    MailSending.Result post(String url, String secret, long deliveryId, EditionMail.Edition edition, String link,
                            Instant now) {
        return post(url, secret, deliveryId, body(deliveryId, edition, link), now);
    }

    /** Posts {@code body}, signed, retrying as above. */
    MailSending.Result post(String url, String secret, long deliveryId, byte[] body, Instant now) {
        long t = now.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header(DELIVERY, String.valueOf(deliveryId))
                    .header(SIGNATURE, "t=" + t + ",sha256=" + sign(secret, t, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return new MailSending.Result(MailSending.Status.PERMANENT, 1, "not a URL: " + url);
        }
        for (int attempt = 1; ; attempt++) {
            String error;
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return new MailSending.Result(MailSending.Status.SENT, attempt, null);
                }
                error = "HTTP " + status + " from " + url;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    return new MailSending.Result(MailSending.Status.PERMANENT, attempt, error);
                }
            } catch (IOException e) {
                error = e.getClass().getSimpleName() + " posting to " + url + (e.getMessage() == null ? ""
                        : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new MailSending.Result(MailSending.Status.FAILED, attempt, "interrupted");
            }
            if (attempt >= settings.attempts() || !settings.waitBefore(attempt)) {
                return new MailSending.Result(MailSending.Status.FAILED, attempt, error);
            }
        }
    }

    static String sign(String secret, long t, byte[] body) {
        return HexFormat.of().formatHex(Signing.hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                (t + ".").getBytes(StandardCharsets.UTF_8), body));
    }

    /** The JSON of a grouped flash alert: {"delivery", "kind": "flash-alert", "alert", "job", ..., "events": [...]}. */
    static byte[] alertBody(long deliveryId, FlashAlertStore.Alert alert) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("delivery", deliveryId);
        json.put("kind", "flash-alert");
        json.put("alert", alert.id());
        json.put("job", alert.jobId());
        json.put("title", alert.subject());
        json.put("import", alert.origin());
        json.put("matches", alert.matches());
        json.put("unchecked", alert.unchecked());
        json.put("events", JSON.readTree(alert.eventsJson()));
        json.put("text", alert.body());
        return JSON.writeValueAsBytes(json);
    }

    private static byte[] body(long deliveryId, EditionMail.Edition edition, String link) {
        var v = edition.version();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("delivery", deliveryId);
        json.put("job", v.jobId());
        json.put("period", v.period());
        json.put("version", v.version());
        json.put("corrected", v.version() > 1);
        json.put("title", edition.summary().title());
        json.put("keyJudgments", edition.summary().judgmentsText());
        json.put("url", link);
        try {
            return JSON.writeValueAsBytes(json);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot write the webhook body: " + e.getMessage(), e);
        }
    }
}
