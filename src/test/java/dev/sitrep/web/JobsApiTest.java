package dev.sitrep.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.sitrep.SitrepApplication;
import dev.sitrep.web.security.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /api/jobs and /api/executions: JSON answers, and RFC 9457 problems with 400, 404, 409 and 422. */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:jobs-api-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class JobsApiTest {

    @TempDir
    static Path dir;

    private final MockMvc mvc;

    JobsApiTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    private ResultActions admin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.as(Role.ADMIN)).accept(MediaType.APPLICATION_JSON));
    }

    private static void problem(ResultActions result, int status, String type, String detail) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://sitrep.dev/problems/" + type))
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString(detail)));
    }

    @Test
    void jobsAreListedReloadedPausedAndResumedAsJson() throws Exception {
        admin(post("/api/jobs/reload")).andExpect(status().isOk())
                .andExpect(jsonPath("$.errors").value(false))
                .andExpect(jsonPath("$.changes[*].job", org.hamcrest.Matchers.hasItems("syria-ucdp", "syria-weekly")));
        admin(get("/api/jobs")).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains("syria-ucdp", "syria-weekly")))
                .andExpect(jsonPath("$[1].zone").value("Asia/Damascus"))
                .andExpect(jsonPath("$[1].nextFireTimes.length()").value(3));
        admin(post("/api/jobs/syria-weekly/pause")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("PAUSED"));
        admin(get("/api/jobs/syria-weekly")).andExpect(jsonPath("$.state").value("PAUSED"));
        admin(post("/api/jobs/syria-weekly/resume")).andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SCHEDULED"));
    }

    @Test
    void anUnknownJobIs404AndAMalformedPeriod400() throws Exception {
        problem(admin(get("/api/jobs/no-such-job")), 404, "unknown-job", "unknown job 'no-such-job'");
        problem(admin(post("/api/jobs/no-such-job/pause")), 404, "unknown-job", "defined jobs: [syria-ucdp, syria-weekly]");
        problem(admin(post("/api/jobs/syria-weekly/run").param("period", "2025-W99")), 400, "invalid-job-request",
                "bad period");
    }

    @Test
    void runningAWeekBeforeTheJobsScopeIs422NamingTheScopeAndStartsNoExecution() throws Exception {
        problem(admin(post("/api/jobs/syria-weekly/run").param("period", "2017-W10")), 422, "period-out-of-scope",
                "syria-weekly: 2017-W10 is before the job's scope, which starts 2025-08-04 (scope.from in ");
        admin(get("/api/executions").param("job", "syria-weekly")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.period == '2017-W10')]").isEmpty());
    }

    @Test
    void aRunIsAnExecutionThatCanBeListedAndACompletedOneIsNotRestarted() throws Exception {
        String body = admin(post("/api/jobs/syria-weekly/run").param("period", "2025-W48"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2025-W48"))
                .andReturn().getResponse().getContentAsString();
        long execution = ((Number) JsonPath.read(body, "$.execution")).longValue();

        admin(get("/api/executions").param("job", "syria-weekly").param("status", "COMPLETED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(execution))
                .andExpect(jsonPath("$[0].period").value("2025-W48"))
                .andExpect(jsonPath("$[0].restartable").value(false));
        admin(get("/api/executions/" + execution)).andExpect(jsonPath("$.status").value("COMPLETED"));
        problem(admin(post("/api/executions/" + execution + "/restart")), 409, "execution-state",
                "only a FAILED or STOPPED execution can be restarted");
    }

    @Test
    void anUnknownExecutionIs404ABadFilter400AndRecoverAnswersWhatItRecovered() throws Exception {
        problem(admin(get("/api/executions/999999")), 404, "unknown-execution", "no execution 999999");
        problem(admin(post("/api/executions/999999/restart")), 404, "unknown-execution", "no execution 999999");
        problem(admin(get("/api/executions").param("status", "DONE")), 400, "invalid-execution-request",
                "'DONE' is not a status");
        problem(admin(get("/api/executions").param("limit", "0")), 400, "invalid-execution-request",
                "limit 0 is out of range");
        problem(admin(post("/api/executions/recover").param("olderThan", "soon")), 400, "invalid-execution-request",
                "'soon' is not an age");
        admin(post("/api/executions/recover").param("olderThan", "10m")).andExpect(status().isOk())
                .andExpect(jsonPath("$.recovered").isArray());
    }

    @Test
    void onlyAnAdminOperatesJobs() throws Exception {
        mvc.perform(get("/api/jobs").with(TestUsers.as(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/api/executions/recover")).andExpect(status().isUnauthorized());
    }
}
