package dev.sitrep.delivery;

import dev.sitrep.archive.EditionNames;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who receives which job's editions, and in which format. Addresses are kept lower-case, so a
 * subscriber is one row however the address was typed. A subscriber's login name on the HTTP API is
 * their e-mail address (see SubscriptionsApi). Job ids are checked for form only: subscribing to a
 * job before its yml exists is allowed.
 */
@Service
public class Subscribers {

    public static final Set<String> FORMATS = Set.of("pdf", "md", "link");

    private final SubscriberStore store;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    Subscribers(JdbcClient jdbc, UnsubscribeTokens tokens, Clock clock) {
        this.store = new SubscriberStore(jdbc);
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Adds a subscriber, or makes a removed, bounced or unsubscribed one active again. */
    @Transactional
    public Subscriber add(String email, String name) {
        String address = address(email);
        var existing = store.find(address);
        if (existing.isEmpty()) {
            store.insert(address, name, clock.instant());
        } else {
            store.setStatus(existing.get().id(), "active");
            if (name != null) {
                store.rename(existing.get().id(), name);
            }
        }
        return find(address);
    }

    public List<Subscriber> list() {
        return store.list();
    }

    public Subscriber find(String email) {
        String address = address(email);
        return store.find(address).filter(s -> !"removed".equals(s.status())).orElseThrow(() ->
                new DeliveryException.NotFound("no subscriber " + address + "; `sitrep subscribers list` shows them"));
    }

    /** Removes a subscriber and their subscriptions; the row stays, marked removed, for the delivery log. */
    @Transactional
    public void remove(String email) {
        Subscriber s = find(email);
        store.cancelAll(s.id());
        store.setStatus(s.id(), "removed");
    }

    @Transactional
    public Subscription subscribe(String email, String jobId, String format) {
        return subscribe(email, jobId, format, false);
    }

    /** As {@link #subscribe(String, String, String)}; {@code flashAlerts} also sends the job's flash assessments. */
    @Transactional
    public Subscription subscribe(String email, String jobId, String format, boolean flashAlerts) {
        String wanted = format == null ? "pdf" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(wanted)) {
            throw new DeliveryException("unknown format '" + format + "': use pdf, md or link");
        }
        Subscriber s = find(email);
        store.subscribe(s.id(), EditionNames.job(jobId), wanted, flashAlerts, clock.instant());
        return subscriptions(jobId, s.email()).get(0);
    }

    /**
     * Subscribes to a job's versions as signed JSON POSTs to {@code url} instead of e-mail; returns the
     * subscription and the signing secret, which the receiver needs and which is shown only here.
     */
    public WebhookSubscription subscribeWebhook(String email, String jobId, String url) {
        return subscribeWebhook(email, jobId, url, false);
    }

    /** As above; with {@code flashAlerts}, the job's flash assessments and grouped flash alerts are posted too. */
    @Transactional
    public WebhookSubscription subscribeWebhook(String email, String jobId, String url, boolean flashAlerts) {
        java.net.URI uri;
        try {
            uri = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new DeliveryException("'" + url + "' is not a URL: " + e.getReason());
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new DeliveryException("a webhook is an http(s) URL with a host, e.g. https://example.org/sitrep, not '"
                    + url + "'");
        }
        String secret = Signing.newSecret("whsec_");
        Subscriber s = find(email);
        String job = EditionNames.job(jobId);
        store.subscribe(s.id(), job, "webhook", flashAlerts, clock.instant());
        store.setWebhook(s.id(), job, uri.toString(), secret);
        return new WebhookSubscription(subscriptions(jobId, s.email()).get(0), uri.toString(), secret);
    }

    /** A webhook subscription as just made: the secret signs every POST (X-Sitrep-Signature). */
    public record WebhookSubscription(Subscription subscription, String url, String secret) {
    }

    /** Active subscriptions, by job then address; either filter may be null. */
    public List<Subscription> subscriptions(String jobId, String email) {
        return store.subscriptions(jobId == null ? null : EditionNames.job(jobId),
                email == null ? null : address(email));
    }

    public void unsubscribe(String email, String jobId) {
        Subscriber s = find(email);
        if (!store.cancel(s.id(), EditionNames.job(jobId))) {
            throw new DeliveryException.NotFound(s.email() + " has no subscription to " + jobId);
        }
    }

    /**
     * Cancels the subscription a signed unsubscribe link names. Repeating it is harmless (a mail client
     * may post the one-click request and the reader then open the link too).
     */
    public Subscription unsubscribe(String token) {
        UnsubscribeTokens.Signed signed = tokens.verify(token);
        Subscriber s = store.find(signed.subscriberId()).orElseThrow(() ->
                new DeliveryException.NotFound("this unsubscribe link is for a subscriber that no longer exists"));
        store.cancel(s.id(), signed.jobId());
        return new Subscription(s.email(), signed.jobId(), null, false, false, s.created());
    }

    /** The lower-case address, if it is one an SMTP server could accept. */
    static String address(String email) {
        String candidate = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        try {
            InternetAddress parsed = new InternetAddress(candidate, true);
            if (!candidate.equals(parsed.getAddress()) || !candidate.matches("[^@\\s]+@[^@\\s]+")) {
                throw new AddressException("not a plain address");
            }
            return candidate;
        } catch (AddressException e) {
            throw new DeliveryException("'" + email + "' is not an e-mail address (name@example.org)");
        }
    }
}
