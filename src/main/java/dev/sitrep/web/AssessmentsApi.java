package dev.sitrep.web;

import dev.sitrep.core.SitrepException;
import dev.sitrep.jobs.FlashPublisher;
import dev.sitrep.jobs.FlashRequestException;
import dev.sitrep.jobs.PublishOutcome;
import dev.sitrep.jobs.UnknownEventException;
import dev.sitrep.jobs.UnknownJobException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/assessments} {"eventId": ..., "job": ...?} (ANALYST or ADMIN, see WebSecurity): the
 * flash assessment of one logged event, as {@code sitrep assess}. 201 with the version's location when a
 * version was published, 200 when nothing changed since the latest; 404 for an unknown event or job, 422
 * for an event outside the job's scope (or every job's), 400 without an event id.
 */
@RestController
@RequestMapping("/api/assessments")
class AssessmentsApi {

    private final FlashPublisher publisher;

    AssessmentsApi(FlashPublisher publisher) {
        this.publisher = publisher;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> assess(@RequestBody Map<String, Object> body) {
        Object eventId = body.get("eventId");
        Object job = body.get("job");
        if (!(eventId instanceof String id) || id.isBlank() || (job != null && !(job instanceof String))) {
            throw new BadRequest("give the event to assess as {\"eventId\": \"...\"}, and optionally \"job\": \"...\"");
        }
        PublishOutcome o = publisher.assess(id.strip(), (String) job);
        URI location = URI.create("/api/editions/" + o.jobId() + "/" + o.period() + "/" + o.version());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("job", o.jobId());
        answer.put("period", o.period());
        answer.put("version", o.version());
        answer.put("published", o.published());
        answer.put("location", location.toString());
        answer.put("executionId", o.executionId());
        return o.published() ? ResponseEntity.created(location).body(answer) : ResponseEntity.ok(answer);
    }

    @ExceptionHandler({UnknownEventException.class, UnknownJobException.class})
    ResponseEntity<ProblemDetail> unknown(SitrepException e) {
        return EditionsApi.problem(HttpStatus.NOT_FOUND, "unknown-event", e.getMessage());
    }

    @ExceptionHandler(FlashRequestException.class)
    ResponseEntity<ProblemDetail> outOfScope(FlashRequestException e) {
        return EditionsApi.problem(HttpStatus.UNPROCESSABLE_ENTITY, "event-out-of-scope", e.getMessage());
    }

    @ExceptionHandler(BadRequest.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequest e) {
        return EditionsApi.problem(HttpStatus.BAD_REQUEST, "invalid-assessment-request", e.getMessage());
    }

    /** A run that failed in a step: the message names the step's error (the execution keeps the rest). */
    @ExceptionHandler(SitrepException.class)
    ResponseEntity<ProblemDetail> failed(SitrepException e) {
        return EditionsApi.problem(HttpStatus.INTERNAL_SERVER_ERROR, "run-failed", e.getMessage());
    }

    private static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
