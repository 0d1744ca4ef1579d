package dev.sitrep.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one grouped alert an import sends per job when it matched more events than the job's flash limit.
 * It is stored, then sent like an edition: one delivery per active subscription of the job opted into
 * flash alerts, by e-mail or as a signed webhook POST, each a row of the delivery log with its status, so
 * that `sitrep deliveries list` shows it and `resend` / `retry` send it again. Without SMTP the e-mails
 * stay pending and the webhooks go all the same. (Flash editions themselves go through Deliveries.)
 */
@Service
public class FlashAlerts {

    private static final Logger log = LoggerFactory.getLogger(FlashAlerts.class);

    private final FlashAlertStore alerts;
    private final DeliveryLog deliveries;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliverySettings settings;
    private final Clock clock;

    FlashAlerts(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, DeliverySettings settings, Clock clock) {
        this.alerts = new FlashAlertStore(jdbc);
        this.deliveries = new DeliveryLog(jdbc);
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Stores and sends the grouped alert; returns its report (the alert shows as period flash-alert-ID). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliveryReport sendGrouped(String jobId, String jobTitle, String origin, List<FlashAlertText.Item> items,
                                      int limit, int unchecked) {
        FlashAlertStore.Alert alert = alerts.insert(jobId, origin, items, unchecked,
                FlashAlertText.subject(jobTitle, items.size()), FlashAlertText.body(jobId, origin, items, limit, unchecked),
                clock.instant());
        int created = deliveries.claimAlert(alert.id(), jobId, clock.instant());
        if (created == 0) {
            log.info("{}: flash alert {} for {} matching events of {} not sent: no subscriber opted into flash alerts",
                    jobId, alert.id(), items.size(), origin);
        }
        return send(alert);
    }

    /** Sends the alert's deliveries not yet sent (after an outage, or once mail is configured). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public DeliveryReport retry(long alertId) {
        return send(alerts.find(alertId).orElseThrow(() -> new DeliveryException.NotFound("no flash alert " + alertId
                + "; `sitrep deliveries list` shows them as flash-alert-ID")));
    }

    /** Sends one delivery row of an alert (a re-send Deliveries has just logged). */
    void send(DeliveryLog.Row row) {
        FlashAlertStore.Alert alert = alerts.find(row.alertId()).orElseThrow();
        Tally tally = new Tally();
        send(alert, row, mailSender.getIfAvailable(), tally);
    }

    private DeliveryReport send(FlashAlertStore.Alert alert) {
        JavaMailSender sender = mailSender.getIfAvailable();
        Tally tally = new Tally();
        for (DeliveryLog.Row row : deliveries.alertToSend(alert.id(), clock.instant().minus(settings.inFlightTimeout()))) {
            send(alert, row, sender, tally);
        }
        int pending = (int) deliveries.alertToSend(alert.id(), clock.instant().minus(settings.inFlightTimeout()))
                .stream().filter(r -> r.entry().status().equals("pending")).count();
        String period = "flash-alert-" + alert.id();
        if (sender == null && pending > 0) {
            log.info("{} {}: mail is not configured (no spring.mail.host); {} e-mail(s) recorded as pending",
                    alert.jobId(), period, pending);
        }
        log.info("{} {}: flash alert for {} matching events of {}: sent {}, failed {}, bounced {}, pending {}",
                alert.jobId(), period, alert.matches(), alert.origin(), tally.sent, tally.failed, tally.bounced, pending);
        return new DeliveryReport(alert.jobId(), period, 0, tally.sent, tally.failed, tally.bounced, pending,
                sender != null);
    }

    private void send(FlashAlertStore.Alert alert, DeliveryLog.Row row, JavaMailSender sender, Tally tally) {
        DeliveryEntry d = row.entry();
        boolean webhook = DeliveryRun.WEBHOOK.equals(d.format());
        if ((!webhook && sender == null) || !deliveries.take(d.id(), d.status(), d.updated(), clock.instant())) {
            return;
        }
        MailSending.Result result;
        if (webhook) {
            result = new WebhookSending(settings).post(row.webhookUrl(), row.webhookSecret(), d.id(),
                    WebhookSending.alertBody(d.id(), alert), clock.instant());
        } else {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
                mail.setFrom(settings.from());
                mail.setTo(d.email());
                mail.setSubject(alert.subject());
                mail.setText(alert.body());
                result = new MailSending(settings).send(sender, message);
            } catch (MessagingException e) {
                result = new MailSending.Result(MailSending.permanent(e) ? MailSending.Status.PERMANENT
                        : MailSending.Status.FAILED, 0, MailSending.describe(e));
            }
        }
        int attempts = d.attempts() + result.tries();
        switch (result.status()) {
            case SENT -> {
                deliveries.finish(d.id(), "sent", attempts, null, null, clock.instant());
                tally.sent++;
            }
            case PERMANENT -> {
                deliveries.finish(d.id(), "permanent-failure", attempts, result.error(), null, clock.instant());
                deliveries.bounce(row.subscriberId());
                tally.bounced++;
                log.warn("{}: flash alert {} to {} refused: {}", alert.jobId(), alert.id(), d.email(), result.error());
            }
            case FAILED -> {
                deliveries.finish(d.id(), "failed", attempts, result.error(), null, clock.instant());
                tally.failed++;
                log.warn("{}: flash alert {} to {} failed: {}; `sitrep deliveries retry {}/flash-alert-{}` tries again",
                        alert.jobId(), alert.id(), d.email(), result.error(), alert.jobId(), alert.id());
            }
        }
    }

    private static final class Tally {
        int sent;
        int failed;
        int bounced;
    }
}
