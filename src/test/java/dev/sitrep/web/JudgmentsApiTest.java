package dev.sitrep.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.web.security.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:judgments-api-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class JudgmentsApiTest {

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown");
    private static final String JUDGMENT = """
            ---
            id: api-kj
            job: syria-weekly
            section: key-judgment
            title: Russia stays
            from: 2025-W48
            review-by: 2025-W50
            confidence: moderate
            likelihood: likely
            ---
            The convoys go on [@api-judgment-src].
            """;

    private final MockMvc mvc;
    private final EventLog log;

    JudgmentsApiTest(MockMvc mvc, EventLog log) {
        this.mvc = mvc;
        this.log = log;
    }

    @BeforeEach
    void logASource() {
        log.importJson(List.of("""
                {"id":"api-judgment-ev","occurred":"2025-11-26","type":"military-movement",\
                "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","summary":"Convoy.",\
                "sources":[{"key":"api-judgment-src","kind":"webpage","publisher":"Hawar News Agency",\
                "title":"[Convoy]"}]}"""), "test");
    }

    @Test
    void anAnalystPostsAJudgmentThenReadsItsRevisionsAndTheDueList() throws Exception {
        mvc.perform(post("/api/judgments").contentType(MARKDOWN).content(JUDGMENT).with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value("api-kj"))
                .andExpect(jsonPath("$.revision").value(1));
        mvc.perform(post("/api/judgments").contentType(MARKDOWN).content(JUDGMENT).with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changed").value(false));
        mvc.perform(get("/api/judgments/api-kj").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].likelihood").value("likely"))
                .andExpect(jsonPath("$[0].reviewBy").value("2025-W50"));
        mvc.perform(get("/api/judgments?due=true").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == 'api-kj')]").exists());
        mvc.perform(get("/api/judgments/no-such").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownCitationIsAProblemNamingFileAndLineAndNothingIsStored() throws Exception {
        mvc.perform(post("/api/judgments?name=bad.md").contentType(MARKDOWN).with(TestUsers.as(Role.ANALYST))
                        .content(JUDGMENT.replace("api-kj", "api-bad").replace("@api-judgment-src", "@nope")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
                        "bad.md:11: unknown citation [@nope]")));
        mvc.perform(get("/api/judgments/api-bad").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isNotFound());
    }

    @Test
    void subscribersAndArchivistsNeitherWriteNorReadJudgments() throws Exception {
        mvc.perform(post("/api/judgments").contentType(MARKDOWN).content(JUDGMENT)
                        .with(TestUsers.as(Role.SUBSCRIBER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/judgments").with(TestUsers.as(Role.ARCHIVIST)))
                .andExpect(status().isForbidden());
    }
}
