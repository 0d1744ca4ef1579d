package dev.sitrep.web;

import static dev.sitrep.web.security.Role.ADMIN;
import static dev.sitrep.web.security.Role.ANALYST;
import static dev.sitrep.web.security.Role.ARCHIVIST;
import static dev.sitrep.web.security.Role.SUBSCRIBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.core.Sha256;
import dev.sitrep.web.security.ApiTokens;
import dev.sitrep.web.security.Role;
import dev.sitrep.web.security.Users;
import jakarta.servlet.RequestDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every role boundary of the HTTP API and pages: no credentials is 401 (or the login form for pages),
 * a wrong role 403, the right role passes; tokens, users from configuration and the database, CSRF on
 * cookie sessions, public jobs, and error bodies without stack traces.
 */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:security-web-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class SecurityWebTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void setUp(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String syria = Files.readString(Path.of("jobs/syria-weekly.yml"));
        Files.writeString(jobs.resolve("open-job.yml"), syria.replace("id: syria-weekly", "id: open-job")
                + "\naccess: public\n");
        Files.writeString(jobs.resolve("closed-job.yml"), syria.replace("id: syria-weekly", "id: closed-job"));
        registry.add("sitrep.jobs-dir", () -> jobs.toString());
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        TestUsers.register(registry);
    }

    private static final String EVENT = """
            {"id":"sec-1","occurred":"2025-11-26","type":"military-movement",\
            "actors":[{"name":"Russian Armed Forces","role":"side-a"}],"country":"Syria","summary":"Convoy.",\
            "sources":[{"key":"sec-src","kind":"webpage","publisher":"Hawar News Agency","title":"[Convoy]"}]}""";
    private static final String CLOSED = "/api/editions/closed-job/2025-W48";
    private static final String OPEN = "/api/editions/open-job/2025-W48";

    /** An endpoint group's requests and the roles that may make them. */
    private record Rule(HttpMethod method, String url, Set<Role> allowed) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(HttpMethod.POST, "/api/events", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.POST, "/api/judgments", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.GET, "/api/judgments", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.POST, "/api/assessments", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.GET, "/api/editions", EnumSet.of(ADMIN, ARCHIVIST)),
            new Rule(HttpMethod.GET, CLOSED, EnumSet.of(ADMIN, ARCHIVIST)),
            new Rule(HttpMethod.GET, CLOSED + "/1", EnumSet.of(ADMIN, ARCHIVIST)),
            new Rule(HttpMethod.GET, CLOSED + "/1/verify", EnumSet.of(ADMIN, ARCHIVIST)),
            new Rule(HttpMethod.GET, CLOSED + "/1/diff/2", EnumSet.of(ADMIN, ARCHIVIST)),
            new Rule(HttpMethod.GET, CLOSED + "/1/files/events.csv", EnumSet.of(ADMIN, ARCHIVIST, SUBSCRIBER)),
            new Rule(HttpMethod.GET, "/archive/closed-job/feed.atom", EnumSet.of(ADMIN, ARCHIVIST, SUBSCRIBER)),
            new Rule(HttpMethod.GET, "/api/drafts", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.POST, CLOSED + "/approve", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.POST, CLOSED + "/send-back", EnumSet.of(ADMIN, ANALYST)),
            new Rule(HttpMethod.GET, "/api/subscriptions", EnumSet.of(ADMIN, SUBSCRIBER)),
            new Rule(HttpMethod.GET, "/api/deliveries", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/deliveries/1/resend", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.GET, "/api/jobs", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.GET, "/api/jobs/closed-job", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/jobs/closed-job/pause", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/jobs/closed-job/resume", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/jobs/closed-job/run", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/jobs/reload", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.GET, "/api/executions", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.GET, "/api/executions/1", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/executions/1/restart", EnumSet.of(ADMIN)),
            new Rule(HttpMethod.POST, "/api/executions/recover", EnumSet.of(ADMIN)));

    private final MockMvc mvc;
    private final ApiTokens tokens;
    private final Users users;
    private final Archive archive;

    SecurityWebTest(MockMvc mvc, ApiTokens tokens, Users users, Archive archive) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.users = users;
        this.archive = archive;
    }

    private static boolean prepared;

    @BeforeEach
    void publishAndAddADatabaseUserOnce() {
        if (prepared) {
            return;
        }
        prepared = true;
        for (String job : List.of("open-job", "closed-job")) {
            for (int v = 1; v <= 2; v++) {
                String base = Archive.baseName(job, "2025-W48", v);
                archive.publish(new PublishRequest(job, "2025-W48", v, Sha256.hex(job + v), "inputs",
                        Instant.parse("2026-01-0" + (4 + v) + "T08:00:00Z"), "test", new EditionFiles(Map.of(
                        base + ".md", ("# " + job + " v" + v + "\n").getBytes(StandardCharsets.UTF_8),
                        base + ".pdf", "%PDF-1.7 pretend".getBytes(StandardCharsets.UTF_8),
                        "events.csv", "event_id\n".getBytes(StandardCharsets.UTF_8),
                        "bibliography.json", "[]".getBytes(StandardCharsets.UTF_8),
                        "chart-hostile.svg", HOSTILE_SVG.getBytes(StandardCharsets.UTF_8)))));
            }
        }
        users.add("db-archivist", "db-archivist-password".toCharArray(), Set.of(ARCHIVIST));
    }

    private static MockHttpServletRequestBuilder request(Rule rule) {
        MockHttpServletRequestBuilder r = MockMvcRequestBuilders.request(rule.method(), rule.url());
        return rule.method() == HttpMethod.POST ? r.contentType(MediaType.APPLICATION_JSON).content("{}") : r;
    }

    @Test
    void withoutCredentialsEveryApiGroupAndFeedIs401WithAChallengeAndAProblem() throws Exception {
        for (Rule rule : RULES) {
            mvc.perform(request(rule))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().exists("WWW-Authenticate"))
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Bearer")));
        }
    }

    @Test
    void withoutCredentialsAPrivatePageLeadsToTheLoginForm() throws Exception {
        mvc.perform(get("/archive/closed-job")).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("_csrf")));
    }

    @Test
    void everyResponsePagesFilesAndErrorsAlikeForbidsScriptsFramingSniffingAndReferrers() throws Exception {
        for (String path : List.of("/archive", "/login", "/archive/closed-job", "/api/editions")) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", "default-src 'none'; style-src "
                            + "'unsafe-inline'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"));
        }
    }

    private static final String HOSTILE_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
            + "<script>alert(document.cookie)</script><rect width=\"1\" height=\"1\"/></svg>";

    /** An SVG opened on its own is a document that could run script: the policy leaves it none to run. */
    @Test
    void anSvgFileWithAScriptInItIsServedUnderAPolicyThatRunsNoScript() throws Exception {
        String policy = mvc.perform(get(OPEN + "/2/files/chart-hostile.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/svg+xml"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getHeader("Content-Security-Policy");
        assertThat(policy).startsWith("default-src 'none';").doesNotContain("script-src")
                .doesNotContain("unsafe-eval").doesNotContain("'unsafe-inline'; script");
    }

    @Test
    void eachRoleIsRefusedWith403OutsideItsGroupsAndLetThroughInside() throws Exception {
        for (Rule rule : RULES) {
            for (Role role : Role.values()) {
                int status = mvc.perform(request(rule).with(TestUsers.as(role))).andReturn().getResponse().getStatus();
                if (rule.allowed().contains(role)) {
                    assertThat(status).as(role + " " + rule.method() + " " + rule.url()).isNotIn(401, 403);
                } else {
                    mvc.perform(request(rule).with(TestUsers.as(role))).andExpect(status().isForbidden())
                            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                                    "'" + TestUsers.name(role) + "' may not")));
                }
            }
        }
        mvc.perform(get("/archive/closed-job").with(TestUsers.as(SUBSCRIBER))).andExpect(status().isForbidden());
        mvc.perform(get("/archive/closed-job").with(TestUsers.as(ARCHIVIST))).andExpect(status().isOk());
    }

    @Test
    void aLiveTokenAuthenticatesARevokedOrUnknownOneIs401AndItsRolesStillApply() throws Exception {
        String archivist = tokens.create("reader-bot", Set.of(ARCHIVIST)).secret();
        var revoked = tokens.create("old-bot", Set.of(ARCHIVIST));
        tokens.revoke(revoked.token().id());

        mvc.perform(get(CLOSED).header("Authorization", "Bearer " + archivist)).andExpect(status().isOk());
        mvc.perform(post("/api/events").header("Authorization", "Bearer " + archivist)
                .contentType(MediaType.APPLICATION_JSON).content(EVENT)).andExpect(status().isForbidden());
        mvc.perform(get(CLOSED).header("Authorization", "Bearer " + revoked.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not accepted")));
        mvc.perform(get(CLOSED).header("Authorization", "Bearer sitrep_no-such-token"))
                .andExpect(status().isUnauthorized());
        assertThat(tokens.list()).filteredOn(t -> t.name().equals("reader-bot"))
                .singleElement().satisfies(t -> assertThat(t.lastUsed()).isNotNull());

        String analyst = tokens.create("importer", Set.of(ANALYST)).secret();
        mvc.perform(post("/api/events").header("Authorization", "Bearer " + analyst)
                .contentType(MediaType.APPLICATION_JSON).content(EVENT)).andExpect(status().is2xxSuccessful());
    }

    @Test
    void bcryptUsersFromConfigurationAndTheDatabaseSignInAndAWrongPasswordIs401() throws Exception {
        mvc.perform(get(CLOSED).with(httpBasic("db-archivist", "db-archivist-password"))).andExpect(status().isOk());
        mvc.perform(get(CLOSED).with(httpBasic("db-archivist", "wrong-password-here")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get(CLOSED).with(TestUsers.as(ARCHIVIST))).andExpect(status().isOk());
        mvc.perform(get(CLOSED).with(httpBasic(TestUsers.name(ARCHIVIST), "wrong-password-here")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(CLOSED).with(httpBasic("nobody", "wrong-password-here"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aFormPostOnASessionNeedsTheCsrfTokenAndAnAuthorizationHeaderDoesNot() throws Exception {
        mvc.perform(post("/login").param("username", TestUsers.name(ANALYST))
                .param("password", TestUsers.password(ANALYST))).andExpect(status().isForbidden());
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", TestUsers.name(ANALYST)).param("password", TestUsers.password(ANALYST)))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/archive"))
                .andReturn().getRequest().getSession(false);

        mvc.perform(post("/api/events").session(session).contentType(MediaType.APPLICATION_JSON).content(EVENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Missing or wrong CSRF token"));
        mvc.perform(post("/api/events").session(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(EVENT)).andExpect(status().is2xxSuccessful());
        mvc.perform(post("/api/events").with(TestUsers.as(ANALYST)).contentType(MediaType.APPLICATION_JSON)
                .content(EVENT)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aPublicJobIsReadableByAnyoneAndOnlyItIsListedToThem() throws Exception {
        for (String url : List.of(OPEN, OPEN + "/2", OPEN + "/2/verify", OPEN + "/2/files/events.csv",
                "/api/editions?job=open-job", "/archive/open-job", "/archive/open-job/feed.atom")) {
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        mvc.perform(get(CLOSED)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/editions?job=closed-job")).andExpect(status().isUnauthorized());
        String anonymous = mvc.perform(get("/archive")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(anonymous).contains("open-job").doesNotContain("closed-job");
        String archivist = mvc.perform(get("/archive").with(TestUsers.as(ARCHIVIST))).andReturn().getResponse()
                .getContentAsString();
        assertThat(archivist).contains("open-job", "closed-job");
    }

    @Test
    void errorBodiesCarryNoStackTraceNorExceptionDetails() throws Exception {
        String badJson = mvc.perform(post("/api/events").with(TestUsers.as(ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(badJson).doesNotContain("trace", "Exception", "\tat ", "tools.jackson");

        String serverError = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/events")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("db password xyz")))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(serverError).contains("500").doesNotContain("trace", "IllegalStateException", "db password xyz",
                "\tat ");
    }
}
