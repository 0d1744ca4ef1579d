package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.Editions;
import dev.sitrep.delivery.Subscribers;
import dev.sitrep.delivery.TestSmtp;
import dev.sitrep.events.EventLog;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job's flash rule after an import commits: a storm of matching events (more than the rule's limit)
 * makes one grouped alert per job and import to the subscribers who opted in, and no assessment; a few
 * matching events each get their flash assessment, delivered to those subscribers only; a late related
 * event makes v2 of the flashes whose pattern it joins.
 */
@SpringBootTest(classes = SitrepApplication.class)
class FlashTriggerTest {

    @TempDir
    static Path dir;
    static final int PORT = TestSmtp.freePort();
    static TestSmtp smtp;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String shipped = Files.readString(Path.of("jobs/syria-weekly.yml"));
        assertThat(shipped).contains("  limit: 10");
        for (String job : List.of("flash-a", "flash-b")) {
            Files.writeString(jobs.resolve(job + ".yml"), shipped.replace("id: syria-weekly", "id: " + job)
                    .replace("  limit: 10", "  limit: 3"));
        }
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:flash-trigger-test;DB_CLOSE_DELAY=-1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    static dev.sitrep.delivery.TestWebhook receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = dev.sitrep.delivery.TestWebhook.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new TestSmtp(PORT, Set.of());
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private final EventLog events;
    private final Subscribers subscribers;
    private final Editions editions;

    private final dev.sitrep.delivery.Deliveries deliveries;

    FlashTriggerTest(EventLog events, Subscribers subscribers, Editions editions,
                     dev.sitrep.delivery.Deliveries deliveries) {
        this.events = events;
        this.subscribers = subscribers;
        this.editions = editions;
        this.deliveries = deliveries;
    }

    @Test
    void aStormMakesOneGroupedAlertPerJobAndImportAndAFewMatchesEachGetTheirAssessment() throws Exception {
        subscribers.add("flash@example.org", "Flash");
        subscribers.add("weekly@example.org", "Weekly");
        subscribers.subscribe("flash@example.org", "flash-a", "md", true);
        subscribers.subscribe("weekly@example.org", "flash-a", "md", false);
        subscribers.add("hook@example.org", "Hook");
        String url = receiver.url();
        List<dev.sitrep.delivery.TestWebhook.Post> posts = receiver.posts();
        Subscribers.WebhookSubscription hook = subscribers.subscribeWebhook("hook@example.org", "flash-a", url + "/alerts",
                true);
        subscribers.add("weekly-hook@example.org", "Weekly hook");
        subscribers.subscribeWebhook("weekly-hook@example.org", "flash-a", url + "/weekly");

        events.importFile(convoys("storm", 12, LocalDate.of(2025, 11, 3)), "sitrep-jsonl", false);

        List<MimeMessage> storm = received();
        assertThat(storm).hasSize(1);
        assertThat(storm.get(0).getAllRecipients()).extracting(Object::toString).containsExactly("flash@example.org");
        assertThat(storm.get(0).getSubject()).contains("flash alert: 12 new matching events");
        assertThat(String.valueOf(storm.get(0).getContent())).contains("more than its limit of 3", "storm-01",
                "storm-12", "sitrep assess <event id> --job flash-a");
        assertThat(editions.list("flash-a", null, null)).isEmpty();
        // The webhook opted into flash alerts gets the same alert as signed JSON; the weekly-only one does not.
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/alerts");
            assertThat(p.text()).contains("\"kind\":\"flash-alert\"", "\"job\":\"flash-a\"", "\"matches\":12",
                    "\"id\":\"storm-01\"", "\"id\":\"storm-12\"");
            assertThat(p.signedWith(hook.secret())).isTrue();
        });
        // Both sends are in the delivery log, under the alert; a re-send is logged and sent again.
        List<dev.sitrep.delivery.DeliveryEntry> logged = deliveries.list("flash-a", null, null, null, 100);
        assertThat(logged).extracting(d -> d.period().matches("flash-alert-\\d+"), d -> d.version(), d -> d.email(),
                d -> d.format(), d -> d.status()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(true, 0, "flash@example.org", "md", "sent"),
                org.assertj.core.groups.Tuple.tuple(true, 0, "hook@example.org", "webhook", "sent"));
        dev.sitrep.delivery.DeliveryEntry mailed = logged.stream().filter(d -> d.format().equals("md")).findFirst()
                .orElseThrow();
        dev.sitrep.delivery.DeliveryEntry again = deliveries.resend(mailed.id());
        assertThat(again.resendOf()).isEqualTo(mailed.id());
        assertThat(again.status()).isEqualTo("sent");
        assertThat(again.period()).isEqualTo(mailed.period());
        assertThat(received()).hasSize(2);
        assertThat(received().get(1).getSubject()).contains("flash alert: 12 new matching events");
        posts.clear();

        smtp.purgeEmailFromAllMailboxes();
        events.importFile(convoys("few", 2, LocalDate.of(2025, 11, 24)), "sitrep-jsonl", false);

        List<MimeMessage> few = received();
        assertThat(few).hasSize(2);
        for (MimeMessage m : few) {
            assertThat(Arrays.stream(m.getAllRecipients()).map(Object::toString)).containsExactly("flash@example.org");
        }
        assertThat(editions.list("flash-a", null, null)).extracting(v -> v.period())
                .containsExactlyInAnyOrder("flash-few-01", "flash-few-02");
        assertThat(editions.list("flash-b", null, null)).extracting(v -> v.period())
                .containsExactlyInAnyOrder("flash-few-01", "flash-few-02");

        // A late related event: assessed itself, and the two flashes whose pattern it joins get their v2.
        smtp.purgeEmailFromAllMailboxes();
        events.importFile(convoys("late", 1, LocalDate.of(2025, 11, 20)), "sitrep-jsonl", false);

        assertThat(editions.find("flash-a", "flash-late-01", 1).version()).isEqualTo(1);
        assertThat(editions.find("flash-a", "flash-few-01", 2).version()).isEqualTo(2);
        assertThat(editions.find("flash-a", "flash-few-02", 2).version()).isEqualTo(2);
        assertThat(received()).hasSize(3);
    }

    private static List<MimeMessage> received() {
        return List.of(smtp.getReceivedMessages());
    }

    /** {@code n} Hmeimim–Tartous convoys a day apart from {@code first}, ids prefix-01 ... */
    private static Path convoys(String prefix, int n, LocalDate first) throws IOException {
        String convoy = Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")).stream()
                .filter(l -> l.contains("\"id\":\"sy25-1126-hmeimim-tartous-convoy\"")).findFirst().orElseThrow();
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add(convoy.replace("sy25-1126-hmeimim-tartous-convoy", String.format("%s-%02d", prefix, i))
                    .replace("\"occurred\":\"2025-11-26\"", "\"occurred\":\"" + first.plusDays(i - 1) + "\""));
        }
        return Files.write(dir.resolve(prefix + ".jsonl"), lines);
    }
}
