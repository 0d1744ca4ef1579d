package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.sitrep.SitrepApplication;
import dev.sitrep.web.security.Role;
import dev.sitrep.web.security.Users;
import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Subscriptions and the unsubscribe link over HTTP: a subscriber (logged in under their e-mail address)
 * sees and cancels only their own; the delivery log is ADMIN's; the signed link needs no login and the
 * one-click POST no CSRF token.
 */
@SpringBootTest(classes = SitrepApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:subscriptions-web-test;DB_CLOSE_DELAY=-1",
        "spring.main.web-application-type=servlet"})
@AutoConfigureMockMvc
class SubscriptionsWebTest {

    private final MockMvc mvc;
    private final Subscribers subscribers;
    private final UnsubscribeTokens tokens;
    private final Users users;

    SubscriptionsWebTest(MockMvc mvc, Subscribers subscribers, UnsubscribeTokens tokens, Users users) {
        this.mvc = mvc;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.users = users;
    }

    @Test
    void aSubscriberSeesAndCancelsOnlyTheirOwnAndTheLogIsAdminOnly() throws Exception {
        for (String email : new String[] {"reader@example.org", "other@example.org"}) {
            subscribers.add(email, null);
            subscribers.subscribe(email, "job-x", "pdf");
        }
        subscribers.subscribe("reader@example.org", "job-y", "link");
        users.add("reader@example.org", "reader-password-1".toCharArray(), Set.of(Role.SUBSCRIBER));
        users.add("boss", "boss-password-1".toCharArray(), Set.of(Role.ADMIN));
        var reader = httpBasic("reader@example.org", "reader-password-1");
        var admin = httpBasic("boss", "boss-password-1");

        mvc.perform(get("/api/subscriptions").with(reader)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email").value(Matchers.everyItem(Matchers.is("reader@example.org"))))
                .andExpect(jsonPath("$.length()").value(2));
        // Someone else's: refused, and nobody's subscription is cancelled (not even the caller's own).
        mvc.perform(delete("/api/subscriptions/job-x").param("email", "other@example.org").with(reader))
                .andExpect(status().isForbidden());
        assertThat(subscribers.subscriptions("job-x", null)).extracting(Subscription::email)
                .containsExactlyInAnyOrder("reader@example.org", "other@example.org");
        mvc.perform(delete("/api/subscriptions/job-x").param("email", "READER@example.org").with(reader))
                .andExpect(status().isNoContent());
        assertThat(subscribers.subscriptions("job-x", null)).extracting(Subscription::email)
                .containsExactly("other@example.org");
        mvc.perform(get("/api/subscriptions").with(admin)).andExpect(jsonPath("$.length()").value(2));
        mvc.perform(post("/api/subscriptions").with(reader).contentType("application/json")
                .content("{\"email\":\"reader@example.org\",\"job\":\"job-z\"}")).andExpect(status().isForbidden());

        mvc.perform(get("/api/deliveries").with(reader)).andExpect(status().isForbidden());
        mvc.perform(get("/api/deliveries").with(admin)).andExpect(status().isOk());
        mvc.perform(post("/api/deliveries/999/resend").with(admin)).andExpect(status().isNotFound());
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLoginAndItsOneClickPostWithoutCsrf() throws Exception {
        Subscriber s = subscribers.add("leaver@example.org", null);
        subscribers.subscribe(s.email(), "job-u", "pdf");
        String token = tokens.sign(s.id(), "job-u");

        mvc.perform(get("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<form method=\"post\"")));
        assertThat(subscribers.subscriptions("job-u", s.email())).hasSize(1);

        mvc.perform(post("/unsubscribe").param("token", token)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("no more editions of job-u")));
        assertThat(subscribers.subscriptions("job-u", s.email())).isEmpty();

        mvc.perform(post("/unsubscribe").param("token", s.id() + ".job-y." + token.substring(token.lastIndexOf('.') + 1)))
                .andExpect(status().isBadRequest());
    }
}
