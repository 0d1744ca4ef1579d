package dev.sitrep.delivery;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Sends one message, retrying transient failures (server down, 4xx) with exponential backoff up to
 * {@code sitrep.delivery.attempts} tries. A permanent rejection of the address (5xx on RCPT, which
 * Jakarta Mail reports as a SendFailedException with invalid addresses, or an address that does not
 * parse) is not retried: sending again would only be rejected again.
 */
final class MailSending {

    enum Status { SENT, FAILED, PERMANENT }

    record Result(Status status, int tries, String error) {
    }

    private final DeliverySettings settings;

    MailSending(DeliverySettings settings) {
        this.settings = settings;
    }

    Result send(JavaMailSender sender, MimeMessage message) {
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(message);
                return new Result(Status.SENT, attempt, null);
            } catch (MailException e) {
                if (permanent(e)) {
                    return new Result(Status.PERMANENT, attempt, describe(e));
                }
                if (attempt >= settings.attempts() || !settings.waitBefore(attempt)) {
                    return new Result(Status.FAILED, attempt, describe(e));
                }
            }
        }
    }

    static boolean permanent(Throwable e) {
        if (e instanceof MailParseException) {
            return true;
        }
        for (Throwable t : causes(e)) {
            if (t instanceof AddressException) {
                return true;
            }
            if (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                    && s.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** The server's own words where there are some (e.g. "550 5.1.1 user unknown"), else the exception's. */
    static String describe(Throwable e) {
        List<Throwable> all = causes(e);
        Throwable deepest = all.get(all.size() - 1);
        String words = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return words.strip().replaceAll("\\s+", " ");
    }

    /** The exception, its causes and, for a MailSendException, each failed message's exception. */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        List<Throwable> roots = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException m) {
            roots.addAll(m.getFailedMessages().values());
        }
        for (Throwable root : roots) {
            for (Throwable t = root; t != null && !out.contains(t); t = nextCause(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static Throwable nextCause(Throwable t) {
        if (t instanceof jakarta.mail.MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
