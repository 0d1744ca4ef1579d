package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sitrep.SitrepApplication;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A grouped flash alert in the delivery log, on each database (the subclasses say which), with no SMTP
 * server: the webhook that opted in gets it at once, the e-mail waits as pending, a subscriber who did
 * not opt in gets nothing; list, retry and resend treat it as they treat an edition's deliveries.
 */
@SpringBootTest(classes = SitrepApplication.class)
abstract class FlashAlertDeliveries {

    static TestWebhook receiver;

    @BeforeAll
    static void startReceiver() {
        receiver = TestWebhook.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop();
    }

    private final FlashAlerts alerts;
    private final Deliveries deliveries;
    private final Subscribers subscribers;

    FlashAlertDeliveries(FlashAlerts alerts, Deliveries deliveries, Subscribers subscribers) {
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.subscribers = subscribers;
    }

    @Test
    void aGroupedAlertIsLoggedSentByWebhookAndKeptPendingForMailUntilRetried() {
        String url = receiver.url();
        List<TestWebhook.Post> posts = receiver.posts();
        subscribers.add("analyst@example.org", "Analyst");
        subscribers.subscribe("analyst@example.org", "alert-job", "pdf", true);
        subscribers.add("weekly@example.org", "Weekly");
        subscribers.subscribe("weekly@example.org", "alert-job", "pdf", false);
        subscribers.add("ops@example.org", "Ops");
        Subscribers.WebhookSubscription hook = subscribers.subscribeWebhook("ops@example.org", "alert-job", url + "/ops",
                true);
        List<FlashAlertText.Item> items = List.of(
                new FlashAlertText.Item("ev-1", "2025-11-26", "Hmeimim Air Base", "A convoy leaves Hmeimim."),
                new FlashAlertText.Item("ev-2", "2025-11-27", "Tartous", "A convoy reaches Tartous."));

        DeliveryReport report = alerts.sendGrouped("alert-job", "Alert job", "backfill.csv", items, 1, 0);

        assertThat(report.period()).matches("flash-alert-\\d+");
        assertThat(report.sent()).isEqualTo(1);
        assertThat(report.pending()).as("no SMTP server: the e-mail waits").isEqualTo(1);
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("/ops");
            assertThat(p.signedWith(hook.secret())).isTrue();
        });
        assertThat(posts.get(0).text()).contains("\"kind\":\"flash-alert\"",
                "\"matches\":2", "\"import\":\"backfill.csv\"", "\"id\":\"ev-2\"", "more than its limit of 1");
        List<DeliveryEntry> logged = deliveries.list("alert-job", report.period(), null, null, 10);
        assertThat(logged).extracting(DeliveryEntry::email, DeliveryEntry::format, DeliveryEntry::status,
                DeliveryEntry::version).containsExactlyInAnyOrder(
                tuple("analyst@example.org", "pdf", "pending", 0), tuple("ops@example.org", "webhook", "sent", 0));

        DeliveryReport retried = alerts.retry(Long.parseLong(report.period().substring("flash-alert-".length())));
        assertThat(retried.sent()).as("the webhook is not posted twice").isZero();
        assertThat(retried.pending()).isEqualTo(1);
        assertThat(posts).hasSize(1);

        DeliveryEntry webhook = logged.stream().filter(d -> d.format().equals("webhook")).findFirst().orElseThrow();
        DeliveryEntry again = deliveries.resend(webhook.id());
        assertThat(again).extracting(DeliveryEntry::status, DeliveryEntry::resendOf, DeliveryEntry::period)
                .containsExactly("sent", webhook.id(), report.period());
        assertThat(posts).hasSize(2);
        assertThat(deliveries.list("alert-job", null, null, "sent", 10)).hasSize(2);
    }
}
