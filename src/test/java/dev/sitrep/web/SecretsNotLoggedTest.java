package dev.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.web.security.ApiTokens;
import dev.sitrep.web.security.IssuedToken;
import dev.sitrep.web.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-ins and token uses, failed and successful, with Spring Security logging everything it can. */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:secrets-not-logged-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet",
        "logging.level.org.springframework.security=TRACE",
        "logging.level.dev.sitrep=DEBUG"})
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SecretsNotLoggedTest {

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        TestUsers.register(registry);
    }

    private final MockMvc mvc;
    private final ApiTokens tokens;

    SecretsNotLoggedTest(MockMvc mvc, ApiTokens tokens) {
        this.mvc = mvc;
        this.tokens = tokens;
    }

    @Test
    void noPasswordNorTokenAppearsInTheLogWhetherItWorksOrNot(CapturedOutput output) throws Exception {
        String name = TestUsers.name(Role.ARCHIVIST);
        String password = TestUsers.password(Role.ARCHIVIST);
        String wrongPassword = "wrong-secret-Zq81x";
        IssuedToken live = tokens.create("bot", Set.of(Role.ARCHIVIST));
        IssuedToken revoked = tokens.create("old-bot", Set.of(Role.ARCHIVIST));
        tokens.revoke(revoked.token().id());
        String unknown = "sitrep_unknown-secret-Yt55w";

        mvc.perform(get("/api/editions").with(httpBasic(name, password))).andExpect(status().isOk());
        mvc.perform(get("/api/editions").with(httpBasic(name, wrongPassword))).andExpect(status().isUnauthorized());
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password))
                .andExpect(status().isFound());
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", wrongPassword))
                .andExpect(status().isFound());
        mvc.perform(get("/api/editions").header("Authorization", "Bearer " + live.secret()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/editions").header("Authorization", "Bearer " + revoked.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/editions").header("Authorization", "Bearer " + unknown))
                .andExpect(status().isUnauthorized());

        assertThat(output.getAll()).as("the log was captured").contains("sign-in refused for '" + name + "'",
                "refused revoked API token " + revoked.token().id(), "refused an unknown API token");
        assertThat(output.getAll()).doesNotContain(password, wrongPassword, live.secret(), revoked.secret(), unknown,
                live.secret().substring(7), java.util.Base64.getEncoder().encodeToString((name + ":" + password)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
