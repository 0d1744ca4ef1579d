package dev.sitrep.delivery;

import dev.sitrep.archive.EditionVersion;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.web.util.HtmlUtils;

/**
 * The e-mail of one version to one subscriber: subject with title, period and version; HTML and plain
 * text alternatives with the key judgments and a link; the PDF or Markdown attached unless too large;
 * List-Unsubscribe with one-click (RFC 8058); a Message-ID derived from the delivery, so the log names
 * the very message the server accepted. The attachment is streamed from the archive at send time.
 */
final class EditionMail {

    /** The version and what every e-mail of it shares, read once per delivery run. */
    record Edition(EditionVersion version, EditionSummary summary, Path pdf, Path md) {
    }

    private final String from;
    private final String publicUrl;
    private final long maxAttachment;

    EditionMail(String from, String publicUrl, long maxAttachment) {
        this.from = from;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.maxAttachment = maxAttachment;
    }

    static String subject(EditionSummary summary, EditionVersion v) {
        return summary.title() + " — " + v.period() + " (v" + v.version() + ")" + (v.version() > 1 ? " corrected" : "");
    }

    String messageId(long deliveryId, EditionVersion v) {
        return "<delivery-" + deliveryId + "." + v.jobId() + "." + v.period() + ".v" + v.version() + "@" + host() + ">";
    }

    /** The version's file online: the Markdown for a Markdown subscriber, else the PDF. */
    String link(EditionVersion v, String format) {
        String name = v.jobId() + "-" + v.period() + "-v" + v.version() + "." + ("md".equals(format) ? "md" : "pdf");
        return publicUrl + "/api/editions/" + v.jobId() + "/" + v.period() + "/" + v.version() + "/files/" + name;
    }

    String unsubscribeUrl(String token) {
        return publicUrl + "/unsubscribe?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    MimeMessage write(MimeMessage blank, Edition edition, DeliveryEntry row, String token) throws MessagingException {
        EditionVersion v = edition.version();
        Path attachment = switch (row.format()) {
            case "pdf" -> edition.pdf();
            case "md" -> edition.md();
            default -> null;
        };
        boolean attach = attachment != null && attachment.toFile().length() <= maxAttachment;
        String link = link(v, row.format());
        String unsubscribe = unsubscribeUrl(token);
        MimeMessageHelper mail = new MimeMessageHelper(blank, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
        mail.setFrom(from);
        mail.setTo(row.email());
        mail.setSubject(subject(edition.summary(), v));
        mail.setText(text(edition, link, unsubscribe, attach), html(edition, link, unsubscribe, attach));
        if (attach) {
            mail.addAttachment(attachment.getFileName().toString(), attachment.toFile());
        }
        blank.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        blank.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        blank.setHeader("Message-ID", messageId(row.id(), v));
        return blank;
    }

    private static String text(Edition e, String link, String unsubscribe, boolean attached) {
        StringBuilder t = new StringBuilder(subject(e.summary(), e.version())).append("\n\n");
        if (!e.summary().judgmentsText().isEmpty()) {
            t.append("Key judgments\n\n");
            int n = 1;
            for (String j : e.summary().judgmentsText()) {
                t.append(n++).append(". ").append(j).append("\n\n");
            }
        }
        t.append(attached ? "The full edition is attached, and online: " : "Read the full edition: ").append(link)
                .append("\n\n-- \nYou receive this because you subscribed to ").append(e.version().jobId())
                .append(". Unsubscribe: ").append(unsubscribe).append('\n');
        return t.toString();
    }

    private static String html(Edition e, String link, String unsubscribe, boolean attached) {
        String l = HtmlUtils.htmlEscape(link);
        return "<!DOCTYPE html><html><body>\n<h1>" + HtmlUtils.htmlEscape(subject(e.summary(), e.version())) + "</h1>\n"
                + (e.summary().judgmentsHtml().isEmpty() ? "" : "<h2>Key judgments</h2>\n" + e.summary().judgmentsHtml())
                + "<p>" + (attached ? "The full edition is attached, and online: " : "Read the full edition: ")
                + "<a href=\"" + l + "\">" + l + "</a></p>\n<p style=\"font-size:small;color:#555\">You receive this "
                + "because you subscribed to " + HtmlUtils.htmlEscape(e.version().jobId()) + ". <a href=\""
                + HtmlUtils.htmlEscape(unsubscribe) + "\">Unsubscribe</a></p>\n</body></html>\n";
    }

    private String host() {
        String host = URI.create(publicUrl).getHost();
        return host == null ? "sitrep" : host;
    }
}
