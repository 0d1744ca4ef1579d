package dev.sitrep.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * The one grouped alert an import sends per job when it matched more events than the job's flash limit:
 * one e-mail to each active subscriber of the job who opted into flash alerts, sent with the same
 * retries as editions. (Flash editions themselves are delivered like weekly ones, by Deliveries.)
 */
@Service
public class FlashAlerts {

    private static final Logger log = LoggerFactory.getLogger(FlashAlerts.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final DeliverySettings settings;

    FlashAlerts(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, DeliverySettings settings) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.settings = settings;
    }

    /** Sends the grouped alert; returns how many subscribers it reached. */
    public int sendGrouped(String jobId, String jobTitle, String origin, List<FlashAlertText.Item> items, int limit,
                           int unchecked) {
        List<String> recipients = jdbc.sql("""
                        SELECT r.email FROM subscription s JOIN subscriber r ON r.id = s.subscriber_id
                        WHERE s.job_id = ? AND s.active AND s.flash AND r.status = 'active' ORDER BY r.email""")
                .param(jobId).query(String.class).list();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || recipients.isEmpty()) {
            log.info("{}: flash alert for {} matching events of {} not sent: {}", jobId, items.size(), origin,
                    sender == null ? "mail is not configured (no spring.mail.host)" : "no subscriber opted into flash alerts");
            return 0;
        }
        MailSending sending = new MailSending(settings);
        int sent = 0;
        for (String to : recipients) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
                mail.setFrom(settings.from());
                mail.setTo(to);
                mail.setSubject(FlashAlertText.subject(jobTitle, items.size()));
                mail.setText(FlashAlertText.body(jobId, origin, items, limit, unchecked));
                MailSending.Result result = sending.send(sender, message);
                if (result.status() == MailSending.Status.SENT) {
                    sent++;
                } else {
                    log.warn("{}: flash alert to {} failed: {}", jobId, to, result.error());
                }
            } catch (MessagingException e) {
                log.warn("{}: flash alert to {} could not be written: {}", jobId, to, e.getMessage());
            }
        }
        log.info("{}: flash alert for {} matching events of {} sent to {} of {} subscriber(s)", jobId, items.size(),
                origin, sent, recipients.size());
        return sent;
    }
}
