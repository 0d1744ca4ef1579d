package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.events.EventLog;
import dev.sitrep.jobs.EditionPublisher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One version to N subscribers through GreenMail on this machine; prints messages/s. Run with
 * {@code mvn test -Dtest=DeliveryBenchmark -Dsitrep.bench=true [-Dsitrep.bench.subscribers=1000]}.
 */
@SpringBootTest(classes = SitrepApplication.class)
@EnabledIfSystemProperty(named = "sitrep.bench", matches = "true")
class DeliveryBenchmark {

    @TempDir
    static Path dir;
    static final int PORT = TestSmtp.freePort();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        for (String job : List.of("bench-link", "bench-pdf")) {
            Files.writeString(jobs.resolve(job + ".yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                    .replace("id: syria-weekly", "id: " + job));
        }
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:delivery-bench;DB_CLOSE_DELAY=-1");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    private final EventLog events;
    private final EditionPublisher publisher;
    private final Editions editions;
    private final Subscribers subscribers;
    private final Deliveries deliveries;

    DeliveryBenchmark(EventLog events, EditionPublisher publisher, Editions editions, Subscribers subscribers,
                      Deliveries deliveries) {
        this.events = events;
        this.publisher = publisher;
        this.editions = editions;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
    }

    @Test
    void oneVersionToManySubscribers() throws IOException {
        int n = Integer.getInteger("sitrep.bench.subscribers", 1000);
        events.importJson(Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")), "bench");
        TestSmtp smtp = new TestSmtp(PORT, Set.of());
        smtp.start();
        try {
            run("bench-link", "link", n, smtp);
            smtp.reset();
            run("bench-pdf", "pdf", Math.min(n, 200), smtp);
        } finally {
            smtp.stop();
        }
    }

    private void run(String job, String format, int n, TestSmtp smtp) {
        // Published before anyone subscribes, so the step sends nothing and the timing below is delivery alone.
        publisher.publish(job, "2025-W48");
        for (int i = 0; i < n; i++) {
            String email = "reader-" + i + "@" + job + ".example.org";
            subscribers.add(email, null);
            subscribers.subscribe(email, job, format);
        }
        EditionVersion v = editions.find(job, "2025-W48", null);
        System.gc();
        long t0 = System.nanoTime();
        DeliveryReport report = deliveries.deliver(v);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(report.sent()).isEqualTo(n);
        assertThat(smtp.getReceivedMessages()).hasSize(n);
        long attachment = editions.files(v).get(job + "-2025-W48-v1.pdf");
        System.out.printf(Locale.ROOT, "delivery bench: %d messages (%s%s) in %.2f s = %.0f messages/s%n", n, format,
                "pdf".equals(format) ? ", " + attachment / 1024 + " KiB attached" : "", seconds, n / seconds);
    }
}
