package dev.sitrep.web;

import dev.sitrep.delivery.DeliveryException;
import dev.sitrep.delivery.Subscribers;
import dev.sitrep.delivery.Subscription;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of every e-mail; no login, the signed token is the credential. GET shows a page
 * with one button, because mail scanners and link previews fetch links on their own and must not
 * unsubscribe anyone; POST unsubscribes, both from that button and as the RFC 8058 one-click request a
 * mail client sends for {@code List-Unsubscribe-Post} (CSRF-exempt in WebSecurity: no cookie is involved).
 */
@Controller
class UnsubscribePage {

    private final Subscribers subscribers;

    UnsubscribePage(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping(value = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> confirm(@RequestParam String token) {
        return page(HttpStatus.OK, "Unsubscribe", "<form method=\"post\" action=\"/unsubscribe\">"
                + "<input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token) + "\">"
                + "<button type=\"submit\">Stop sending me these editions</button></form>");
    }

    @PostMapping(value = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> unsubscribe(@RequestParam String token) {
        Subscription s = subscribers.unsubscribe(token);
        return page(HttpStatus.OK, "Unsubscribed", "<p>" + HtmlUtils.htmlEscape(s.email())
                + " will receive no more editions of " + HtmlUtils.htmlEscape(s.jobId()) + ".</p>");
    }

    @ExceptionHandler(DeliveryException.class)
    ResponseEntity<String> failed(DeliveryException e) {
        return page(e instanceof DeliveryException.NotFound ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
                "Cannot unsubscribe", "<p>" + HtmlUtils.htmlEscape(e.getMessage()) + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body("<!DOCTYPE html><html><head>"
                + "<meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title + "</h1>" + body
                + "</body></html>");
    }
}
