package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Archive;
import dev.sitrep.archive.EditionFiles;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.PublishRequest;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The second channel: a subscription with a webhook gets each version as a signed JSON POST, retried
 * while the receiver fails, marked permanent when it refuses, and sent even where no SMTP server is
 * configured (the e-mail subscriber beside it stays pending).
 */
@SpringBootTest(classes = SitrepApplication.class)
class WebhookDeliveryTest {

    @TempDir
    static Path dir;
    static TestWebhook receiver;
    static final AtomicInteger failuresLeft = new AtomicInteger(2);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        receiver = TestWebhook.start(path -> path.equals("/gone") ? 410 : failuresLeft.getAndDecrement() > 0 ? 503 : 204);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:webhook-test;DB_CLOSE_DELAY=-1");
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.public-url", () -> "https://sitrep.example.org");
        registry.add("sitrep.delivery.first-delay", () -> "20ms");
        registry.add("sitrep.delivery.attempts", () -> 5);
    }

    @AfterAll
    static void stop() {
        receiver.stop();
    }

    private final Archive archive;
    private final Subscribers subscribers;
    private final Deliveries deliveries;

    WebhookDeliveryTest(Archive archive, Subscribers subscribers, Deliveries deliveries) {
        this.archive = archive;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
    }

    @Test
    void aVersionIsPostedSignedRetriedWhileTheReceiverFailsAndRefusedOnesAreNotRetried() throws Exception {
        String base = Archive.baseName("hook-job", "2025-W48", 2);
        EditionVersion v = archive.publish(new PublishRequest("hook-job", "2025-W48", 2, Sha256.hex("hook"), "inputs",
                Instant.parse("2026-01-05T08:00:00Z"), "test", new EditionFiles(Map.of(
                base + ".md", "# Hook job\n\n## Key judgments\n\n1. Convoys continue.\n".getBytes(StandardCharsets.UTF_8),
                base + ".pdf", "%PDF pretend".getBytes(StandardCharsets.UTF_8)))));
        String url = receiver.url();
        subscribers.add("ops@example.org", null);
        Subscribers.WebhookSubscription hook = subscribers.subscribeWebhook("ops@example.org", "hook-job", url + "/in");
        subscribers.add("gone@example.org", null);
        subscribers.subscribeWebhook("gone@example.org", "hook-job", url + "/gone");
        subscribers.add("reader@example.org", null);
        subscribers.subscribe("reader@example.org", "hook-job", "pdf");

        DeliveryReport report = deliveries.deliver(v);

        assertThat(report.mailConfigured()).isFalse();
        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.bounced()).as("the receiver answered 410 Gone").isEqualTo(1);
        assertThat(report.pending()).as("the e-mail waits for an SMTP server").isEqualTo(1);
        List<TestWebhook.Post> in = receiver.posts().stream().filter(p -> p.path().equals("/in")).toList();
        assertThat(in).as("two 503s, then accepted").hasSize(3);
        assertThat(in).extracting(TestWebhook.Post::delivery).containsOnly(in.get(0).delivery());
        TestWebhook.Post accepted = in.get(2);
        // Checked as a receiver would, from the secret it was given and the bytes it received.
        assertThat(accepted.signedWith(hook.secret())).isTrue();
        assertThat(accepted.signedWith("whsec_other")).isFalse();
        assertThat(accepted.time()).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(300L));
        assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        JsonNode json = JsonMapper.builder().build().readTree(accepted.body());
        assertThat(json.path("job").asString()).isEqualTo("hook-job");
        assertThat(json.path("version").asInt()).isEqualTo(2);
        assertThat(json.path("corrected").asBoolean()).isTrue();
        assertThat(json.path("keyJudgments").path(0).asString()).contains("Convoys continue.");
        assertThat(json.path("url").asString())
                .isEqualTo("https://sitrep.example.org/api/editions/hook-job/2025-W48/2/files/hook-job-2025-W48-v2.pdf");
        assertThat(deliveries.list("hook-job", null, null, null, 10)).extracting(DeliveryEntry::email,
                DeliveryEntry::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("ops@example.org", "sent"),
                org.assertj.core.groups.Tuple.tuple("gone@example.org", "permanent-failure"),
                org.assertj.core.groups.Tuple.tuple("reader@example.org", "pending"));

        // Run again (a restart, a second node): nothing is posted twice.
        int before = receiver.posts().size();
        deliveries.deliver(v);
        assertThat(receiver.posts()).hasSize(before);
    }

    @Test
    void aWebhookIsAnHttpUrlWithAHost() {
        subscribers.add("bad-hook@example.org", null);
        assertThatThrownBy(() -> subscribers.subscribeWebhook("bad-hook@example.org", "hook-job", "ftp://example.org/x"))
                .isInstanceOf(DeliveryException.class).hasMessageContaining("http(s) URL with a host");
    }
}
