package dev.sitrep.web;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.delivery.DeliveryException;
import dev.sitrep.delivery.Subscribers;
import dev.sitrep.delivery.Subscription;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Subscriptions over HTTP (ADMIN or SUBSCRIBER, see WebSecurity). A SUBSCRIBER is the subscriber whose
 * e-mail address is their login name (user or token name): they see and cancel only their own
 * subscriptions: listing with another's {@code email} shows their own, cancelling another's is refused (403) and
 * cancels nothing. ADMIN sees and manages everyone's.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionsApi {

    private final Subscribers subscribers;

    SubscriptionsApi(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @GetMapping
    List<Subscription> list(@RequestParam(required = false) String job, @RequestParam(required = false) String email,
                            Authentication who) {
        if (isAdmin(who)) {
            return subscribers.subscriptions(job, email);
        }
        // A login that is not an e-mail address cannot be a subscriber's: it has no subscriptions.
        return who.getName().contains("@") ? subscribers.subscriptions(job, who.getName()) : List.of();
    }

    /** ADMIN only: subscribes {@code email} (adding the subscriber if new) to {@code job}. */
    @PostMapping
    ResponseEntity<Subscription> subscribe(@RequestBody Map<String, String> body, Authentication who) {
        if (!isAdmin(who)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        String email = body.get("email");
        if (subscribers.list().stream().noneMatch(s -> s.email().equalsIgnoreCase(String.valueOf(email).strip()))) {
            subscribers.add(email, body.get("name"));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(subscribers.subscribe(email, body.get("job"), body.get("format"),
                        Boolean.parseBoolean(String.valueOf(body.get("flashAlerts")))));
    }

    @DeleteMapping("/{job}")
    ResponseEntity<Void> cancel(@PathVariable String job, @RequestParam(required = false) String email,
                                Authentication who) {
        boolean someoneElse = email != null && !email.strip().equalsIgnoreCase(who.getName());
        if (someoneElse && !isAdmin(who)) {
            // Cancelling the caller's own subscription instead would do what nobody asked for.
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        subscribers.unsubscribe(isAdmin(who) && email != null ? email : who.getName(), job);
        return ResponseEntity.noContent().build();
    }

    static boolean isAdmin(Authentication who) {
        return who.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
    }

    @ExceptionHandler(DeliveryException.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(DeliveryException e) {
        return EditionsApi.problem(HttpStatus.NOT_FOUND, "unknown-subscription", e.getMessage());
    }

    @ExceptionHandler({DeliveryException.class, EditionNames.Invalid.class})
    ResponseEntity<ProblemDetail> invalid(RuntimeException e) {
        return EditionsApi.problem(HttpStatus.BAD_REQUEST, "invalid-subscription", e.getMessage());
    }
}
