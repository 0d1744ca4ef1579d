package dev.sitrep.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.web.security.Role;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:assessments-api-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class AssessmentsApiTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
    }

    private final MockMvc mvc;
    private final EventLog log;

    AssessmentsApiTest(MockMvc mvc, EventLog log) {
        this.mvc = mvc;
        this.log = log;
    }

    @BeforeEach
    void logEvents() {
        log.importJson(List.of(event("api-flash-convoy", "Syria"), event("api-flash-beirut", "Lebanon")), "test");
    }

    private static String event(String id, String country) {
        return """
                {"id":"%s","occurred":"2025-11-26","type":"military-movement","subType":"convoy",\
                "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"%s","admin1":"Latakia",\
                "place":"Hmeimim Air Base","summary":"Convoy.",\
                "sources":[{"key":"api-flash-src","kind":"webpage","publisher":"Hawar News Agency",\
                "title":"[Convoy]"}]}""".formatted(id, country);
    }

    private org.springframework.test.web.servlet.ResultActions assess(String body, Role role) throws Exception {
        return mvc.perform(post("/api/assessments").with(TestUsers.as(role)).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void anAnalystGetsTheFlashAssessmentPublishedWithItsLocationThenNothingNew() throws Exception {
        assess("{\"eventId\":\"api-flash-convoy\",\"job\":\"syria-weekly\"}", Role.ANALYST)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/editions/syria-weekly/flash-api-flash-convoy/1"))
                .andExpect(jsonPath("$.period").value("flash-api-flash-convoy"))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.published").value(true));
        assess("{\"eventId\":\"api-flash-convoy\"}", Role.ADMIN)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.job").value("syria-weekly"))
                .andExpect(jsonPath("$.published").value(false));
    }

    @Test
    void anUnknownEventIs404AndOneOutsideTheScopeIs422() throws Exception {
        assess("{\"eventId\":\"no-such-event\"}", Role.ANALYST)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("unknown event 'no-such-event'")));
        assess("{\"eventId\":\"api-flash-beirut\",\"job\":\"syria-weekly\"}", Role.ANALYST)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("outside the scope of job "
                        + "syria-weekly")));
        assess("{\"job\":\"syria-weekly\"}", Role.ANALYST).andExpect(status().isBadRequest());
    }

    @Test
    void onlyAnalystsAndAdminsMayAskForOne() throws Exception {
        assess("{\"eventId\":\"api-flash-convoy\"}", Role.ARCHIVIST).andExpect(status().isForbidden());
        assess("{\"eventId\":\"api-flash-convoy\"}", Role.SUBSCRIBER).andExpect(status().isForbidden());
        mvc.perform(post("/api/assessments").contentType(MediaType.APPLICATION_JSON).content("{\"eventId\":\"x\"}"))
                .andExpect(status().isUnauthorized());
    }
}
