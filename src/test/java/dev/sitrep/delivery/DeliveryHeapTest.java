package dev.sitrep.delivery;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One version with a 4 MB PDF to 150 subscribers is 150 messages of about 5.5 MB each once encoded,
 * over 800 MB in all: the "heap" tag runs this in a JVM whose whole heap is 256 MB (pom.xml), so it
 * passes only if the deliver step builds a page of messages at a time and streams the attachment.
 */
@Tag("heap")
@SpringBootTest(classes = SitrepApplication.class)
class DeliveryHeapTest {

    private static final int SUBSCRIBERS = 150;
    private static final int PDF_BYTES = 4 << 20;

    @TempDir
    static Path dir;
    static SinkSmtp smtp;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        smtp = new SinkSmtp();
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("db/sitrep"));
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", smtp::port);
    }

    @AfterAll
    static void stopSmtp() throws IOException {
        smtp.close();
    }

    private final Archive archive;
    private final Subscribers subscribers;
    private final Deliveries deliveries;

    DeliveryHeapTest(Archive archive, Subscribers subscribers, Deliveries deliveries) {
        this.archive = archive;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
    }

    @Test
    void aVersionGoesToEverySubscriberWithinA256MegabyteHeap() {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(300L << 20);
        byte[] pdf = new byte[PDF_BYTES];
        new Random(7).nextBytes(pdf);
        String base = Archive.baseName("heap-job", "2025-W48", 1);
        EditionVersion v = archive.publish(new PublishRequest("heap-job", "2025-W48", 1, Sha256.hex("heap"), "inputs",
                Instant.parse("2026-01-05T08:00:00Z"), "test", new EditionFiles(Map.of(
                base + ".md", ("# Heap job — 2025-W48\n\n## Key judgments\n\n1. Mail is sent a page at a time.\n")
                        .getBytes(StandardCharsets.UTF_8),
                base + ".pdf", pdf))));
        for (int i = 0; i < SUBSCRIBERS; i++) {
            String email = "reader-" + i + "@example.org";
            subscribers.add(email, null);
            subscribers.subscribe(email, "heap-job", "pdf");
        }

        DeliveryReport report = deliveries.deliver(v);

        assertThat(report.sent()).isEqualTo(SUBSCRIBERS);
        assertThat(smtp.messages.get()).isEqualTo(SUBSCRIBERS);
        assertThat(smtp.bytes.get()).as("what went over the wire").isGreaterThan(800L << 20);
    }
}
