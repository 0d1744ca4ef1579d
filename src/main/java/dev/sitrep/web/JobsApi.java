package dev.sitrep.web;

import dev.sitrep.jobs.JobAdmin;
import dev.sitrep.jobs.JobDefinitionException;
import dev.sitrep.jobs.JobRequestException;
import dev.sitrep.jobs.PeriodOutsideScopeException;
import dev.sitrep.jobs.JobStateException;
import dev.sitrep.jobs.JobStatus;
import dev.sitrep.jobs.PublishOutcome;
import dev.sitrep.jobs.Schedules;
import dev.sitrep.jobs.UnknownJobException;
import dev.sitrep.core.SitrepException;
import java.time.format.DateTimeFormatter;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobs over HTTP, the same operations as {@code sitrep jobs}: list and show with state and next
 * firings, reload the definitions, pause, resume, run now. An unknown job is 404, a malformed period 400,
 * a week outside the job's scope 422, an operation the job's state forbids (or its yml's mistake) 409, a
 * run that fails 500: each a problem.
 */
@RestController
@RequestMapping("/api/jobs")
class JobsApi {

    private final JobAdmin jobs;

    JobsApi(JobAdmin jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return jobs.list().stream().map(JobsApi::json).toList();
    }

    @GetMapping("/{job}")
    Map<String, Object> show(@PathVariable String job) {
        return json(jobs.status(job));
    }

    @PostMapping("/reload")
    Map<String, Object> reload() {
        Schedules.ReloadReport report = jobs.reload();
        return Map.of("changes", report.changes().stream().map(c -> Map.of("job", c.jobId(),
                "change", c.kind().name(), "detail", c.detail())).toList(), "errors", report.hasErrors());
    }

    @PostMapping("/{job}/pause")
    Map<String, Object> pause(@PathVariable String job) {
        return json(jobs.pause(job));
    }

    @PostMapping("/{job}/resume")
    Map<String, Object> resume(@PathVariable String job) {
        return json(jobs.resume(job));
    }

    @PostMapping("/{job}/run")
    Map<String, Object> run(@PathVariable String job, @RequestParam(required = false) String period) {
        PublishOutcome o = jobs.run(job, period);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", o.jobId());
        m.put("period", o.period());
        m.put("version", o.version());
        m.put("published", o.published() && !o.draft());
        m.put("draft", o.draft());
        m.put("execution", o.executionId());
        m.put(o.draft() ? "review" : "edition", o.draft() ? "/review/" + o.jobId() + "/" + o.period()
                : "/api/editions/" + o.jobId() + "/" + o.period() + "/" + o.version());
        return m;
    }

    static Map<String, Object> json(JobStatus j) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("title", j.title());
        m.put("state", j.state().name());
        m.put("error", j.error());
        m.put("cron", j.cron());
        m.put("zone", j.zone());
        m.put("lastEdition", j.lastEdition());
        m.put("lastFlash", j.lastFlash());
        // With the offset, as the job's zone has it at that date: a summer-time firing reads as one.
        m.put("nextFireTimes", j.nextFireTimes().stream().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).toList());
        return m;
    }

    @ExceptionHandler(UnknownJobException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownJobException e) {
        return EditionsApi.problem(HttpStatus.NOT_FOUND, "unknown-job", e.getMessage());
    }

    @ExceptionHandler(JobRequestException.class)
    ResponseEntity<ProblemDetail> invalid(JobRequestException e) {
        return EditionsApi.problem(HttpStatus.BAD_REQUEST, "invalid-job-request", e.getMessage());
    }

    /** As for an event outside a job's scope (POST /api/assessments): a well-formed week the job does not cover. */
    @ExceptionHandler(PeriodOutsideScopeException.class)
    ResponseEntity<ProblemDetail> outsideScope(PeriodOutsideScopeException e) {
        return EditionsApi.problem(HttpStatus.UNPROCESSABLE_ENTITY, "period-out-of-scope", e.getMessage());
    }

    @ExceptionHandler({JobStateException.class, JobDefinitionException.class})
    ResponseEntity<ProblemDetail> conflict(SitrepException e) {
        return EditionsApi.problem(HttpStatus.CONFLICT, "job-state", e.getMessage());
    }

    /** A run that failed in a step: the message names the step's error (the execution keeps the rest). */
    @ExceptionHandler(SitrepException.class)
    ResponseEntity<ProblemDetail> failed(SitrepException e) {
        return EditionsApi.problem(HttpStatus.INTERNAL_SERVER_ERROR, "run-failed", e.getMessage());
    }
}
