package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.jobs.EditionPublisher;
import dev.sitrep.web.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The review page and API as each role meets them: analysts read the report and decide, archivists and
 * subscribers are refused, and an analyst may review but not change a job's schedule.
 */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:review-web-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class ReviewWebTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String syria = Files.readString(Path.of("jobs/syria-weekly.yml"));
        for (String job : List.of("reviewed-a", "reviewed-b")) {
            Files.writeString(jobs.resolve(job + ".yml"), syria.replace("id: syria-weekly", "id: " + job)
                    + "\nreview: required\n");
        }
        registry.add("sitrep.jobs-dir", () -> jobs.toString());
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        TestUsers.register(registry);
    }

    private static final String EVENT = """
            {"id":"rev-1","occurred":"2025-11-26","type":"military-movement",\
            "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","summary":"Convoy.",\
            "sources":[{"key":"rev-src","kind":"webpage","publisher":"Hawar News Agency","title":"Convoy"}]}""";

    private final MockMvc mvc;
    private final EventLog events;
    private final EditionPublisher publisher;

    ReviewWebTest(MockMvc mvc, EventLog events, EditionPublisher publisher) {
        this.mvc = mvc;
        this.events = events;
        this.publisher = publisher;
    }

    @Test
    void anAnalystReadsTheReportAndApprovesOnceWhileOtherRolesAreRefused() throws Exception {
        events.importJson(List.of(EVENT), "review-web-test");
        assertThat(publisher.publish("reviewed-a", "2025-W48").draft()).isTrue();

        for (Role refused : List.of(Role.ARCHIVIST, Role.SUBSCRIBER)) {
            mvc.perform(get("/review/reviewed-a/2025-W48").with(TestUsers.as(refused))).andExpect(status().isForbidden());
            mvc.perform(post("/api/editions/reviewed-a/2025-W48/approve").with(TestUsers.as(refused)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/editions/reviewed-a/2025-W48").with(TestUsers.as(Role.ARCHIVIST)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/review").with(TestUsers.as(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/review/reviewed-a/2025-W48\"")));
        mvc.perform(get("/review/reviewed-a/2025-W48").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Review: reviewed-a 2025-W48, draft v1</h1>")))
                .andExpect(content().string(containsString("Approve and publish")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("/review/reviewed-a/2025-W48/files/reviewed-a-2025-W48-v1.pdf")));
        mvc.perform(get("/review/reviewed-a/2025-W48/files/reviewed-a-2025-W48-v1.pdf").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));

        mvc.perform(post("/api/editions/reviewed-a/2025-W48/approve").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.approvedBy").value("analyst"));
        mvc.perform(get("/api/editions/reviewed-a/2025-W48/1").with(TestUsers.as(Role.ARCHIVIST)))
                .andExpect(status().isOk());
        assertThat(Files.readString(dir.resolve("out/reviewed-a/2025-W48/v1/manifest.json")))
                .contains("\"approvedBy\" : \"analyst\"");
        mvc.perform(post("/api/editions/reviewed-a/2025-W48/approve").with(TestUsers.as(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already approved by analyst")));

        mvc.perform(post("/api/jobs/reviewed-a/pause").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSendBackFormNeedsItsCsrfTokenAndRecordsTheComment() throws Exception {
        events.importJson(List.of(EVENT.replace("rev-1", "rev-2")), "review-web-test");
        publisher.publish("reviewed-b", "2025-W48");

        // A signed-in browser session (no credentials on the request): the form's token is what stops another
        // site from posting it.
        var session = user(TestUsers.name(Role.ANALYST)).roles(Role.ANALYST.name());
        mvc.perform(post("/review/reviewed-b/2025-W48/send-back").param("comment", "Needs sources")
                        .with(session).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/reviewed-b/2025-W48/send-back").param("comment", "Needs <b>sources</b>")
                        .with(session).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", containsString("/review/reviewed-b/2025-W48?done=")));
        mvc.perform(get("/review/reviewed-b/2025-W48").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sent_back by analyst")))
                .andExpect(content().string(containsString("Needs &lt;b&gt;sources&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("Approve and publish"))));
        mvc.perform(get("/api/drafts").with(TestUsers.as(Role.ANALYST)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.job == 'reviewed-b')].comment").value(org.hamcrest.Matchers.hasItem(
                        "Needs <b>sources</b>")));
    }
}
