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

    /** An alert's deliveries show in the log as the period flash-alert-<id>, version 0. */
    static final String PERIOD_PREFIX = "flash-alert-";
    private static final java.util.regex.Pattern VERSION_SPEC =
            java.util.regex.Pattern.compile("[^/]+/" + PERIOD_PREFIX + "(\\d+)");
    private static final Logger log = LoggerFactory.getLogger(FlashAlerts.class);

    private final FlashAlertStore alerts;
    private final DeliveryLog deliveries;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliverySettings settings;
    private final MailSending mails;
    private final WebhookSending webhooks;
    private final Clock clock;

    FlashAlerts(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, DeliverySettings settings, Clock clock) {
        this.alerts = new FlashAlertStore(jdbc);
        this.deliveries = new DeliveryLog(jdbc);
        this.mailSender = mailSender;
        this.settings = settings;
        this.mails = new MailSending(settings);
        this.webhooks = new WebhookSending(settings);
        this.clock = clock;
    }

    /** The alert id in "JOB/flash-alert-ID" (as `deliveries list` shows it), or empty for anything else. */
    public static java.util.OptionalLong alertOf(String versionSpec) {
        java.util.regex.Matcher m = VERSION_SPEC.matcher(versionSpec);
        return m.matches() ? java.util.OptionalLong.of(Long.parseLong(m.group(1))) : java.util.OptionalLong.empty();
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
        send(alerts.find(row.alertId()).orElseThrow(), row, mailSender.getIfAvailable());
    }

    private DeliveryReport send(FlashAlertStore.Alert alert) {
        JavaMailSender sender = mailSender.getIfAvailable();
        java.util.Map<MailSending.Status, Integer> outcomes = new java.util.EnumMap<>(MailSending.Status.class);
        for (DeliveryLog.Row row : deliveries.alertToSend(alert.id(), clock.instant().minus(settings.inFlightTimeout()))) {
            send(alert, row, sender).ifPresent(status -> outcomes.merge(status, 1, Integer::sum));
        }
        int sent = outcomes.getOrDefault(MailSending.Status.SENT, 0);
        int failed = outcomes.getOrDefault(MailSending.Status.FAILED, 0);
        int bounced = outcomes.getOrDefault(MailSending.Status.PERMANENT, 0);
        int pending = deliveries.countPendingOfAlert(alert.id());
        String period = PERIOD_PREFIX + alert.id();
        if (sender == null && pending > 0) {
            log.info("{} {}: mail is not configured (no spring.mail.host); {} e-mail(s) recorded as pending",
                    alert.jobId(), period, pending);
        }
        log.info("{} {}: flash alert for {} matching events of {}: sent {}, failed {}, bounced {}, pending {}",
                alert.jobId(), period, alert.matches(), alert.origin(), sent, failed, bounced, pending);
        return new DeliveryReport(alert.jobId(), period, 0, sent, failed, bounced, pending, sender != null);
    }

    /** Sends one row unless another process took it (or it is an e-mail and no SMTP is set); the outcome if sent. */
    private java.util.Optional<MailSending.Status> send(FlashAlertStore.Alert alert, DeliveryLog.Row row,
                                                         JavaMailSender sender) {
        DeliveryEntry d = row.entry();
        boolean webhook = DeliveryRun.WEBHOOK.equals(d.format());
        if ((!webhook && sender == null) || !deliveries.take(d.id(), d.status(), d.updated(), clock.instant())) {
            return java.util.Optional.empty();
        }
        MailSending.Result result = webhook
                ? webhooks.post(row.webhookUrl(), row.webhookSecret(), d.id(), WebhookSending.alertBody(d.id(), alert),
                        clock.instant())
                : mail(alert, d, sender);
        deliveries.record(row, result, null, clock.instant());
        if (result.status() != MailSending.Status.SENT) {
            log.warn("{}: flash alert {} to {} {}: {}{}", alert.jobId(), alert.id(), d.email(),
                    result.status() == MailSending.Status.PERMANENT ? "refused" : "failed", result.error(),
                    result.status() == MailSending.Status.PERMANENT ? "" : "; `sitrep deliveries retry " + alert.jobId()
                            + "/" + PERIOD_PREFIX + alert.id() + "` tries again");
        }
        return java.util.Optional.of(result.status());
    }

    private MailSending.Result mail(FlashAlertStore.Alert alert, DeliveryEntry d, JavaMailSender sender) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
            mail.setFrom(settings.from());
            mail.setTo(d.email());
            mail.setSubject(alert.subject());
            mail.setText(alert.body());
            return mails.send(sender, message);
        } catch (MessagingException e) {
            return new MailSending.Result(MailSending.permanent(e) ? MailSending.Status.PERMANENT
                    : MailSending.Status.FAILED, 0, MailSending.describe(e));
        }
    }
}
