package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.web.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:events-api-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class EventsApiTest {

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    private static final String EVENT = """
            {"id":"%s","occurred":"2025-11-26","type":"military-movement",\
            "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","summary":"%s",\
            "sources":[{"key":"api-src","kind":"webpage","publisher":"Hawar News Agency","title":"[Convoy]"}]}""";

    private final MockMvc mvc;
    private final EventLog log;

    EventsApiTest(MockMvc mvc, EventLog log) {
        this.mvc = mvc;
        this.log = log;
    }

    @Test
    void validEventsAreStoredAndCounted() throws Exception {
        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content("[" + EVENT.formatted("api-1", "Convoy one.") + "," + EVENT.formatted("api-2",
                                "Convoy <script>two</script>.") + "]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.received").value(2))
                .andExpect(jsonPath("$.imported").value(2));
        assertThat(log.hasEvent("api-2")).isTrue();

        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content(EVENT.formatted("api-1",
                        "Convoy one.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(1));
    }

    @Test
    void anyInvalidEventIsAProblemListingEveryErrorAndNothingIsStored() throws Exception {
        String bad = EVENT.formatted("api-bad", "x").replace("2025-11-26", "2025-02-30");
        String noActors = EVENT.formatted("api-bad-2", "y").replace("\"actors\":[{\"name\":\"Russian Armed Forces\","
                + "\"role\":\"side-a\"}],", "");

        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content("[" + EVENT.formatted("api-good", "fine") + "," + bad + "," + noActors + "]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid events"))
                .andExpect(jsonPath("$.detail").value("2 of 3 events are invalid; none was stored"))
                .andExpect(jsonPath("$.errors[0].index").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("occurred"))
                .andExpect(jsonPath("$.errors[0].value").value("2025-02-30"))
                .andExpect(jsonPath("$.errors[1].index").value(2))
                .andExpect(jsonPath("$.errors[1].field").value("actors"));
        assertThat(log.hasEvent("api-good")).isFalse();
        assertThat(log.rejected("POST /api/events", 10)).hasSize(2);
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOverlongIdIsAProblemNotAServerErrorAndAnOversizedBodyIsRefused() throws Exception {
        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content(EVENT.formatted("a".repeat(3000), "x")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ANALYST))
                        .content("[" + ("\"" + "x".repeat(1000) + "\",").repeat(11_000) + "1]"))
                .andExpect(status().isContentTooLarge());
    }
}
