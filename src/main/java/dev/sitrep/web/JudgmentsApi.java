package dev.sitrep.web;

import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.JudgmentAdded;
import dev.sitrep.judgments.JudgmentException;
import dev.sitrep.judgments.Judgments;
import dev.sitrep.judgments.UnknownJudgmentException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/judgments}: one judgment file (Markdown with YAML front matter) as the body, checked
 * and stored as {@code sitrep judgments add} does; {@code ?name=} names it in errors. {@code GET} lists the
 * latest revisions ({@code ?due=true}: past review-by) and {@code GET /api/judgments/{id}} every revision.
 */
@RestController
@RequestMapping("/api/judgments")
class JudgmentsApi {

    static final URI INVALID = URI.create("https://sitrep.dev/problems/invalid-judgment");
    /** A judgment is prose, not a data set: a larger body is refused before it is read. */
    static final int MAX_CHARS = 200_000;

    private final Judgments judgments;

    JudgmentsApi(Judgments judgments) {
        this.judgments = judgments;
    }

    @PostMapping(consumes = {"text/markdown", "text/plain"})
    ResponseEntity<?> post(@RequestBody String body, @RequestParam(defaultValue = "judgment.md") String name) {
        if (body.length() > MAX_CHARS) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                    "a judgment is at most " + MAX_CHARS + " characters");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
        }
        JudgmentAdded added = judgments.addTexts(List.of(new Judgments.Text(name, body))).get(0);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", added.id());
        out.put("revision", added.revision());
        out.put("changed", added.changed());
        return ResponseEntity.status(added.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/judgments/" + added.id())).body(out);
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(defaultValue = "false") boolean due) {
        return judgments.list(due).stream().map(JudgmentsApi::json).toList();
    }

    @GetMapping("/{id}")
    List<Map<String, Object>> revisions(@PathVariable String id) {
        return judgments.revisions(id).stream().map(JudgmentsApi::json).toList();
    }

    @ExceptionHandler(UnknownJudgmentException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownJudgmentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Unknown judgment");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /** The same message the command line prints: file, line and the offending key. Nothing was stored. */
    @ExceptionHandler(JudgmentException.class)
    ResponseEntity<ProblemDetail> invalid(JudgmentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        problem.setType(INVALID);
        problem.setTitle("Invalid judgment");
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    private static Map<String, Object> json(Judgment j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("revision", j.revision());
        m.put("recorded", j.recorded().toString());
        m.put("jobs", j.jobs());
        m.put("section", j.section());
        m.put("title", j.title());
        m.put("from", j.from().toString());
        m.put("until", j.until() == null ? null : j.until().toString());
        m.put("reviewBy", j.reviewBy() == null ? null : j.reviewBy().toString());
        m.put("revised", j.revised() == null ? null : j.revised().toString());
        m.put("confidence", j.confidence());
        m.put("likelihood", j.likelihood());
        m.put("actors", j.actors());
        m.put("places", j.places());
        m.put("tags", j.tags());
        m.put("body", j.body());
        return m;
    }
}
