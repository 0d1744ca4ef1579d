package dev.sitrep.web;

import dev.sitrep.jobs.ExecutionSummary;
import dev.sitrep.jobs.Executions;
import dev.sitrep.jobs.JobRequestException;
import dev.sitrep.jobs.JobStateException;
import dev.sitrep.jobs.UnknownExecutionException;
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
 * The runs of publishEdition over HTTP, the same operations as {@code sitrep executions}. Recovery goes
 * by age ({@code ?olderThan=10m}, default {@code sitrep.executions.recover-after}); {@code ?all=true}
 * takes every execution still marked running, for when the admin knows every node is down.
 */
@RestController
@RequestMapping("/api/executions")
class ExecutionsApi {

    private final Executions executions;

    ExecutionsApi(Executions executions) {
        this.executions = executions;
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam(required = false) String job,
                                   @RequestParam(required = false) String status,
                                   @RequestParam(defaultValue = "20") int limit) {
        return executions.list(job, status, limit).stream().map(ExecutionsApi::json).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> show(@PathVariable long id) {
        return json(executions.find(id));
    }

    @PostMapping("/{id}/restart")
    Map<String, Object> restart(@PathVariable long id) {
        Map<String, Object> m = json(executions.restart(id));
        m.put("restartOf", id);
        return m;
    }

    @PostMapping("/recover")
    Map<String, Object> recover(@RequestParam(required = false) String olderThan,
                                @RequestParam(defaultValue = "false") boolean all) {
        if (all && olderThan != null) {
            throw new JobRequestException("give either olderThan or all=true, not both");
        }
        List<ExecutionSummary> recovered = all ? executions.recover(null)
                : olderThan == null ? executions.recoverStale() : executions.recover(Executions.age(olderThan));
        return Map.of("recovered", recovered.stream().map(ExecutionsApi::json).toList());
    }

    static Map<String, Object> json(ExecutionSummary e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("job", e.job());
        m.put("period", e.period());
        m.put("status", e.status());
        m.put("start", e.start() == null ? null : e.start().toString());
        m.put("end", e.end() == null ? null : e.end().toString());
        m.put("exitCode", e.exitCode());
        m.put("failedStep", e.failedStep());
        m.put("error", e.error());
        m.put("restartable", e.restartable());
        m.put("href", "/api/executions/" + e.id());
        return m;
    }

    @ExceptionHandler(UnknownExecutionException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownExecutionException e) {
        return EditionsApi.problem(HttpStatus.NOT_FOUND, "unknown-execution", e.getMessage());
    }

    @ExceptionHandler(JobRequestException.class)
    ResponseEntity<ProblemDetail> invalid(JobRequestException e) {
        return EditionsApi.problem(HttpStatus.BAD_REQUEST, "invalid-execution-request", e.getMessage());
    }

    @ExceptionHandler(JobStateException.class)
    ResponseEntity<ProblemDetail> conflict(JobStateException e) {
        return EditionsApi.problem(HttpStatus.CONFLICT, "execution-state", e.getMessage());
    }
}
