package dev.sitrep.delivery;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of published versions by e-mail, and its log. {@link #deliver} is the last step of
 * publishEdition: it records a pending delivery per active subscription (once: the table's unique key
 * makes a restart, a re-run or a second node find them already there), then sends those not yet sent,
 * a page of recipients at a time. Failures are stored in the log, not thrown, so a bad address or an
 * SMTP outage never fails a publication; only an error of Sitrep's own (database down) fails the step,
 * whose restart then sends to those not yet sent. Each row's change commits at once, outside the step's
 * transaction: a step that fails half-way must not roll back the record of what was already sent.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveries;
    private final Editions editions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final UnsubscribeTokens tokens;
    private final DeliverySettings settings;
    private final EditionMail mail;
    private final Clock clock;
    private final FlashAlerts alerts;

    Deliveries(JdbcClient jdbc, Editions editions, ObjectProvider<JavaMailSender> mailSender, UnsubscribeTokens tokens,
               DeliverySettings settings, Clock clock, FlashAlerts alerts,
               @Value("${sitrep.public-url:http://127.0.0.1:8080}") String publicUrl) {
        this.deliveries = new DeliveryLog(jdbc);
        this.editions = editions;
        this.mailSender = mailSender;
        this.tokens = tokens;
        this.settings = settings;
        this.clock = clock;
        this.alerts = alerts;
        this.mail = new EditionMail(settings.from(), publicUrl, settings.maxAttachmentSize().toBytes());
    }

    /** Records and sends the version's deliveries; sends again those pending or failed (not bounced). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliveryReport deliver(EditionVersion version) {
        // A flash assessment goes only to those who opted into flash alerts; weekly editions to every subscriber.
        boolean flash = version.period().startsWith("flash-");
        int created = deliveries.claim(version.id(), version.jobId(), flash, clock.instant());
        // Without SMTP, e-mails stay pending (`sitrep deliveries retry` sends them once it is configured);
        // webhooks go all the same.
        JavaMailSender sender = mailSender.getIfAvailable();
        DeliveryRun run = run(sender, version);
        long after = 0;
        List<DeliveryLog.Row> page;
        do {
            page = deliveries.toSend(version.id(), after, settings.pageSize(),
                    clock.instant().minus(settings.inFlightTimeout()));
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1).entry().id();
                run.send(page);
            }
        } while (page.size() == settings.pageSize() && !run.gaveUp());
        DeliveryReport report = run.report(deliveries.countPending(version.id()));
        if (sender == null) {
            log.info("{} {} v{}: mail is not configured (no spring.mail.host); {} delivery(ies) recorded as pending",
                    version.jobId(), version.period(), version.version(), report.pending());
        }
        log.info("{} {} v{}: {} new delivery(ies); sent {}, failed {}, bounced {}, pending {}", version.jobId(),
                version.period(), version.version(), created, report.sent(), report.failed(), report.bounced(),
                report.pending());
        if (run.gaveUp()) {
            log.warn("{} {} v{}: stopped after {} failures in a row (is the SMTP server up?); `sitrep deliveries "
                    + "retry {}/{}/{}` sends the rest", version.jobId(), version.period(), version.version(),
                    run.consecutiveFailures(), version.jobId(), version.period(), version.version());
        }
        return report;
    }

    /** Sends a delivery again, as a new row of the log marked as a re-send of it; returns the new row. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliveryEntry resend(long deliveryId) {
        DeliveryLog.Row original = deliveries.find(deliveryId).orElseThrow(() -> new DeliveryException.NotFound(
                "no delivery " + deliveryId + "; `sitrep deliveries list` shows them"));
        DeliveryEntry o = original.entry();
        DeliveryLog.Row copy = deliveries.find(deliveries.insertResend(deliveryId, clock.instant())).orElseThrow();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null && !DeliveryRun.WEBHOOK.equals(copy.entry().format())) {
            log.info("delivery {}: mail is not configured (no spring.mail.host); re-send {} recorded as pending",
                    deliveryId, copy.entry().id());
        } else if (copy.alertId() != null) {
            alerts.send(copy);
        } else {
            run(sender, editions.find(o.jobId(), o.period(), o.version())).send(List.of(copy));
        }
        return deliveries.find(copy.entry().id()).orElseThrow().entry();
    }

    /** The log, newest first, at most {@code limit} rows; each filter may be null. */
    public List<DeliveryEntry> list(String jobId, String period, Integer version, String status, int limit) {
        return deliveries.list(jobId, period, version, status, limit);
    }

    public DeliveryEntry find(long deliveryId) {
        return deliveries.find(deliveryId).map(DeliveryLog.Row::entry).orElseThrow(() ->
                new DeliveryException.NotFound("no delivery " + deliveryId));
    }

    private DeliveryRun run(JavaMailSender sender, EditionVersion version) {
        return new DeliveryRun(deliveries, sender, new MailSending(settings), new WebhookSending(settings), mail, tokens,
                clock, edition(version), settings.giveUpAfter());
    }

    private EditionMail.Edition edition(EditionVersion v) {
        var md = editions.file(v, "md");
        String markdown;
        try {
            markdown = java.nio.file.Files.readString(md);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + md, e);
        }
        return new EditionMail.Edition(v, EditionSummary.of(markdown, v.jobId()), editions.file(v, "pdf"), md);
    }
}
