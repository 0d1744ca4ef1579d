package dev.sitrep.web;

import dev.sitrep.events.EventLog;
import dev.sitrep.events.EventLogException;
import dev.sitrep.events.ImportReport;
import dev.sitrep.events.Rejection;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/events}: one event or an array of events in the sitrep-jsonl schema. All or nothing:
 * if any event is invalid, none is stored and the answer is an RFC 9457 problem listing every error
 * (index, field, value, reason); the rejections are also kept in the quarantine.
 */
@RestController
@RequestMapping("/api/events")
class EventsApi {

    static final int MAX_EVENTS = 1_000;
    // The body's size is limited for every endpoint alike, chunked or not: RequestBodyLimit.
    static final URI INVALID = URI.create("https://sitrep.dev/problems/invalid-events");

    private final EventLog log;

    EventsApi(EventLog log) {
        this.log = log;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> post(@RequestBody JsonNode body) {
        List<String> objects = new ArrayList<>();
        if (body.isArray()) {
            body.forEach(e -> objects.add(e.toString()));
        } else {
            objects.add(body.toString());
        }
        if (objects.isEmpty() || objects.size() > MAX_EVENTS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "send 1 to " + MAX_EVENTS + " events; this request has " + objects.size());
            problem.setTitle("Wrong number of events");
            return ResponseEntity.badRequest().body(problem);
        }
        ImportReport report = log.importJson(objects, "POST /api/events");
        if (report.rejected() > 0) {
            return ResponseEntity.unprocessableEntity().body(invalid(report));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("received", report.read());
        counts.put("imported", report.imported());
        counts.put("revised", report.revised());
        counts.put("unchanged", report.unchanged());
        return ResponseEntity.status(report.imported() + report.revised() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                .body(counts);
    }

    /**
     * An import that could not be stored. Two requests adding the same new event (or source) at once
     * meet the database's unique key: one wins, the other is told to retry (it then finds the event
     * there, unchanged or a revision). Anything else is a server fault, said as a problem too.
     */
    @ExceptionHandler(EventLogException.class)
    ResponseEntity<ProblemDetail> notStored(EventLogException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof DuplicateKeyException) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                        "another import stored some of these events at the same moment; nothing of this request "
                                + "was stored: send it again");
                problem.setTitle("Concurrent import");
                return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
            }
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, e.getMessage());
        problem.setTitle("Events not stored");
        return ResponseEntity.internalServerError().body(problem);
    }

    private static ProblemDetail invalid(ImportReport report) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                report.rejected() + " of " + report.read() + " events are invalid; none was stored");
        problem.setType(INVALID);
        problem.setTitle("Invalid events");
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Rejection r : report.rejections()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("index", r.line() - 1);
            error.put("field", r.field());
            error.put("value", r.value());
            error.put("reason", r.reason());
            errors.add(error);
        }
        problem.setProperty("errors", errors);
        return problem;
    }
}
