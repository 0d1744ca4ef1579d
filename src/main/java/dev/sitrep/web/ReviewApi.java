package dev.sitrep.web;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.ReviewConflict;
import dev.sitrep.archive.Reviewed;
import dev.sitrep.jobs.Review;
import java.security.Principal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review for programs (ANALYST, ADMIN): {@code GET /api/drafts}, and the decisions {@code POST
 * /api/editions/{job}/{period}/approve} and {@code …/send-back} (body {@code {"comment": "…"}}). The
 * reviewer is the authenticated user; a decision the draft's state does not allow is a 409.
 */
@RestController
class ReviewApi {

    private final Review review;

    ReviewApi(Review review) {
        this.review = review;
    }

    @GetMapping("/api/drafts")
    List<Map<String, Object>> drafts(@RequestParam(required = false) String job) {
        return review.drafts().list(job).stream().map(ReviewApi::json).toList();
    }

    @PostMapping("/api/editions/{job}/{period}/approve")
    Map<String, Object> approve(@PathVariable String job, @PathVariable String period, Principal reviewer) {
        Review.Approved approved = review.approve(job, period, reviewer.getName());
        var v = approved.version();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", v.jobId());
        m.put("period", v.period());
        m.put("version", v.version());
        m.put("state", v.state().name());
        m.put("approvedBy", reviewer.getName());
        m.put("delivery", approved.delivery().summary());
        m.put("edition", "/api/editions/" + v.jobId() + "/" + v.period() + "/" + v.version());
        return m;
    }

    @PostMapping("/api/editions/{job}/{period}/send-back")
    Map<String, Object> sendBack(@PathVariable String job, @PathVariable String period,
                                 @RequestBody Map<String, String> body, Principal reviewer) {
        return json(review.sendBack(job, period, reviewer.getName(), body.get("comment")));
    }

    @ExceptionHandler(ReviewConflict.class)
    ResponseEntity<ProblemDetail> conflict(ReviewConflict e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Review decision not possible");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(EditionNames.Unknown.class)
    ResponseEntity<ProblemDetail> unknown(EditionNames.Unknown e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                e.getMessage()));
    }

    private static Map<String, Object> json(Reviewed r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", r.version().jobId());
        m.put("period", r.version().period());
        m.put("version", r.version().version());
        m.put("state", r.version().state().name());
        m.put("reviewer", r.reviewer());
        m.put("decidedAt", r.decidedAt() == null ? null : r.decidedAt().toString());
        m.put("comment", r.comment());
        m.put("review", "/review/" + r.version().jobId() + "/" + r.version().period());
        return m;
    }
}
