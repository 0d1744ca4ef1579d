package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import dev.sitrep.archive.EditionState;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.events.EventLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A job's {@code retention: keep-superseded: K} is applied as each version is published; a job without
 * it keeps everything. Versions come from real runs of publishEdition as late events arrive.
 */
@SpringBootTest(classes = SitrepApplication.class)
class RetentionTest {

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        String shipped = Files.readString(Path.of("jobs/syria-weekly.yml"));
        Files.writeString(jobs.resolve("keep-one.yml"), shipped.replace("id: syria-weekly", "id: keep-one")
                + "retention:\n  keep-superseded: 1\n");
        Files.writeString(jobs.resolve("keep-all.yml"), shipped.replace("id: syria-weekly", "id: keep-all"));
        registry.add("sitrep.jobs-dir", jobs::toString);
        registry.add("sitrep.archive.out-dir", () -> dir.resolve("out").toString());
        registry.add("sitrep.work-dir", () -> dir.resolve("work").toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:retention-test;DB_CLOSE_DELAY=-1");
    }

    private final EventLog events;
    private final EditionPublisher publisher;
    private final Editions editions;
    private final Retention retention;
    private final EditionRegenerator regenerator;

    RetentionTest(EventLog events, EditionPublisher publisher, Editions editions, Retention retention,
                  EditionRegenerator regenerator) {
        this.regenerator = regenerator;
        this.events = events;
        this.publisher = publisher;
        this.editions = editions;
        this.retention = retention;
    }

    @Test
    void publishingKeepsTheLastKSupersededVersionsAndAJobWithoutRetentionKeepsAll() throws IOException {
        List<String> w48 = Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")).stream()
                .filter(l -> l.contains("\"occurred\":\"2025-11-2")).limit(3).toList();
        assertThat(w48).hasSize(3);
        for (String event : w48) {
            events.importJson(List.of(event), "retention-test");
            assertThat(publisher.publish("keep-one", "2025-W48").published()).isTrue();
            assertThat(publisher.publish("keep-all", "2025-W48").published()).isTrue();
        }

        // v3 is the latest; of the superseded v1 and v2, keep-one keeps v2 and pruned v1 as v3 came out.
        assertThat(editions.list("keep-one", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 PRUNED", "v2 SUPERSEDED", "v3 PUBLISHED");
        EditionVersion v1 = editions.list("keep-one", null, null).get(0);
        assertThat(dir.resolve("out/keep-one/2025-W48/v1")).doesNotExist();
        assertThat(dir.resolve("out/keep-one/2025-W48/v2")).isDirectory();
        assertThat(v1.state()).isEqualTo(EditionState.PRUNED);
        assertThat(regenerator.regenerate(editions.find("keep-one", "2025-W48", 3))).isEmpty();
        assertThat(regenerator.regenerate(editions.find("keep-one", "2025-W48", 2)))
                .singleElement().asString().contains("which retention pruned");

        assertThat(editions.list("keep-all", null, null)).extracting(EditionVersion::state)
                .containsExactly(EditionState.SUPERSEDED, EditionState.SUPERSEDED, EditionState.PUBLISHED);
        Retention.Outcome keepAll = retention.apply("keep-all", null, false);
        assertThat(keepAll.keepsEverything()).isTrue();
        assertThat(keepAll.pruned()).isEmpty();

        // An admin's one-off --keep overrides the job's rule; a dry run only says what it would prune.
        assertThat(retention.apply("keep-all", 0, true).pruned()).extracting(EditionVersion::version)
                .containsExactly(1, 2);
        assertThat(dir.resolve("out/keep-all/2025-W48/v1")).isDirectory();
        assertThat(retention.apply("keep-one", null, false).pruned()).isEmpty();
    }
}
