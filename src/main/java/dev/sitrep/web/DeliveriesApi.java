package dev.sitrep.web;

import dev.sitrep.delivery.Deliveries;
import dev.sitrep.delivery.DeliveryEntry;
import dev.sitrep.delivery.DeliveryException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log over HTTP, and explicit re-sends (ADMIN only, see WebSecurity). */
@RestController
@RequestMapping("/api/deliveries")
class DeliveriesApi {

    private final Deliveries deliveries;

    DeliveriesApi(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    List<DeliveryEntry> list(@RequestParam(required = false) String job, @RequestParam(required = false) String period,
                             @RequestParam(required = false) Integer version,
                             @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "1000") int limit) {
        return deliveries.list(job, period, version, status, Math.max(1, Math.min(limit, 10_000)));
    }

    @GetMapping("/{id}")
    DeliveryEntry one(@PathVariable long id) {
        return deliveries.find(id);
    }

    @PostMapping("/{id}/resend")
    ResponseEntity<DeliveryEntry> resend(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.CREATED).body(deliveries.resend(id));
    }

    @ExceptionHandler(DeliveryException.NotFound.class)
    ResponseEntity<ProblemDetail> notFound(DeliveryException e) {
        return EditionsApi.problem(HttpStatus.NOT_FOUND, "unknown-delivery", e.getMessage());
    }
}
