package dev.sitrep.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * One pass over a version's deliveries, a page at a time: the page's messages go out over one SMTP
 * connection (a connection per message costs more than the message), then each message that failed
 * is retried on its own with backoff. Keeps the counts for the report.
 */
final class DeliveryRun {

    static final String WEBHOOK = "webhook";

    private final DeliveryLog deliveries;
    /** Null when no SMTP server is configured: e-mails then stay pending, webhooks still go. */
    private final JavaMailSender sender;
    private final MailSending sending;
    private final WebhookSending webhooks;
    private final EditionMail mail;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final EditionMail.Edition edition;
    private final int giveUpAfter;
    private int sent;
    private int failed;
    private int bounced;
    private int consecutiveFailures;

    DeliveryRun(DeliveryLog deliveries, JavaMailSender sender, MailSending sending, WebhookSending webhooks,
                EditionMail mail, UnsubscribeTokens tokens, Clock clock, EditionMail.Edition edition, int giveUpAfter) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.sending = sending;
        this.webhooks = webhooks;
        this.mail = mail;
        this.tokens = tokens;
        this.clock = clock;
        this.edition = edition;
        this.giveUpAfter = giveUpAfter;
    }

    /** Takes the rows no other process has taken, sends them, and records each outcome. */
    void send(List<DeliveryLog.Row> rows) {
        Map<MimeMessage, DeliveryLog.Row> batch = new LinkedHashMap<>();
        for (DeliveryLog.Row row : rows) {
            DeliveryEntry d = row.entry();
            boolean webhook = WEBHOOK.equals(d.format());
            if (!webhook && sender == null) {
                continue;
            }
            if (!deliveries.take(d.id(), d.status(), d.updated(), clock.instant())) {
                continue;
            }
            if (webhook) {
                MailSending.Result result = webhooks.post(row.webhookUrl(), row.webhookSecret(), d.id(), edition,
                        mail.link(edition.version(), "pdf"), clock.instant());
                record(row, result);
                continue;
            }
            try {
                batch.put(mail.write(sender.createMimeMessage(), edition, d,
                        tokens.sign(row.subscriberId(), edition.version().jobId())), row);
            } catch (MessagingException e) {
                record(row, new MailSending.Result(MailSending.permanent(e) ? MailSending.Status.PERMANENT
                        : MailSending.Status.FAILED, 0, MailSending.describe(e)));
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        Map<Object, Exception> failures = new IdentityHashMap<>();
        try {
            sender.send(batch.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures.putAll(e.getFailedMessages());
            if (failures.isEmpty()) {
                batch.keySet().forEach(m -> failures.put(m, e));
            }
        } catch (MailException e) {
            batch.keySet().forEach(m -> failures.put(m, e));
        }
        batch.forEach((message, row) -> settle(message, row, failures.get(message)));
    }

    private void settle(MimeMessage message, DeliveryLog.Row row, Exception failure) {
        if (failure == null) {
            record(row, new MailSending.Result(MailSending.Status.SENT, 1, null));
        } else if (consecutiveFailures >= giveUpAfter) {
            deliveries.release(row.entry().id(), row.entry().status(), clock.instant());
        } else if (MailSending.permanent(failure)) {
            record(row, new MailSending.Result(MailSending.Status.PERMANENT, 1, MailSending.describe(failure)));
        } else {
            MailSending.Result retried = sending.send(sender, message);
            record(row, new MailSending.Result(retried.status(), retried.tries() + 1, retried.error()));
        }
    }

    private void record(DeliveryLog.Row row, MailSending.Result result) {
        DeliveryEntry d = row.entry();
        deliveries.record(row, result, WEBHOOK.equals(d.format()) ? null : mail.messageId(d.id(), edition.version()),
                clock.instant());
        switch (result.status()) {
            case SENT -> sent++;
            case PERMANENT -> bounced++;
            case FAILED -> failed++;
        }
        consecutiveFailures = result.status() == MailSending.Status.FAILED ? consecutiveFailures + 1 : 0;
    }

    /** True once so many messages in a row have failed that the SMTP server is taken to be down. */
    boolean gaveUp() {
        return consecutiveFailures >= giveUpAfter;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    DeliveryReport report(int pending) {
        var v = edition.version();
        return new DeliveryReport(v.jobId(), v.period(), v.version(), sent, failed, bounced, pending, sender != null);
    }
}
