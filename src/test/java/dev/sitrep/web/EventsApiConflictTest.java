package dev.sitrep.web;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.events.EventLog;
import dev.sitrep.web.security.Role;
import dev.sitrep.events.EventLogException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Two imports racing for the same new event: the loser is told to retry (409), not a server error. */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:events-api-conflict-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class EventsApiConflictTest {

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    @MockitoSpyBean
    EventLog log;

    private final MockMvc mvc;

    EventsApiConflictTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void aLostRaceOnTheUniqueKeyIsAConflictToRetry() throws Exception {
        doThrow(new EventLogException("POST /api/events:1: could not store the rows from here on",
                new DuplicateKeyException("duplicate key value violates unique constraint")))
                .when(log).importJson(anyList(), anyString());

        mvc.perform(post("/api/events").contentType(MediaType.APPLICATION_JSON).with(TestUsers.as(Role.ADMIN))
                        .content("{\"id\":\"x\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Concurrent import"));
    }
}
