package dev.sitrep.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.Sha256;
import dev.sitrep.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Two runs racing to publish the same version on a real PostgreSQL: one wins, whole; the other is told. */
@SpringBootTest(classes = SitrepApplication.class)
class ConcurrentPublishOnPostgresTest {

    @TempDir
    static Path out;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String url = TestPostgres.newDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("sitrep.archive.out-dir", () -> out.toString());
    }

    private final Archive archive;
    private final Editions editions;

    ConcurrentPublishOnPostgresTest(Archive archive, Editions editions) {
        this.archive = archive;
        this.editions = editions;
    }

    @Test
    void ofManyRunsPublishingTheSameVersionExactlyOneSucceedsAndItsFilesAreTheOnesPublished() throws Exception {
        int runs = 6;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<EditionVersion>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String content = "run " + i;
            results.add(pool.submit(() -> {
                start.await();
                return archive.publish(new PublishRequest("race-job", "2025-W48", 1, Sha256.hex(content), "inputs",
                        Instant.parse("2026-01-05T08:00:00Z"), "test", new EditionFiles(Map.of(
                        "race-job-2025-W48-v1.md", content.getBytes(StandardCharsets.UTF_8)))));
            }));
        }
        start.countDown();
        List<EditionVersion> won = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (Future<EditionVersion> f : results) {
            try {
                won.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                lost.add(e.getCause().getMessage());
            }
        }
        pool.shutdown();

        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(runs - 1).allSatisfy(m -> assertThat(m)
                .contains("race-job 2025-W48 v1 was published by another run at the same time"));
        assertThat(editions.list("race-job", null, null)).singleElement()
                .satisfies(v -> assertThat(v.state()).isEqualTo(EditionState.PUBLISHED));
        EditionVersion winner = won.get(0);
        assertThat(Files.readString(editions.file(winner, "md"))).isEqualTo(
                "run " + java.util.stream.IntStream.range(0, runs)
                        .filter(i -> Sha256.hex("run " + i).equals(winner.contentHash())).findFirst().orElseThrow());
        assertThat(editions.verify(winner).intact()).isTrue();
        try (var left = Files.list(out.resolve("race-job").resolve("2025-W48"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("v1");
        }
    }
}
