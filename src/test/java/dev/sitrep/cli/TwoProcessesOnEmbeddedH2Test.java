package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.SitrepProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two `sitrep` processes on the default embedded H2 file, as the launcher sets it up (AUTO_SERVER): the
 * first to open the file serves it to the others only while it lives, and takes their open transactions
 * down when it exits. So a second command waits for a first one to finish (saying so) and then runs,
 * unless the first is `serve`, which lives on and serves commands beside it.
 */
class TwoProcessesOnEmbeddedH2Test {

    private static final Duration RUN = Duration.ofMinutes(8);

    @TempDir
    Path dir;

    @Test
    void twoPublishesOfOneWeekBothSucceedOneAfterTheOtherAndTheWeekHasOneVersion() throws Exception {
        try (SitrepProcess load = sitrep("import", "events", "import",
                Path.of("data/sample/syria-2025/events.jsonl").toAbsolutePath().toString())) {
            assertThat(load.awaitExit(RUN)).as(load.output()).isZero();
        }

        try (SitrepProcess a = sitrep("publish-a", "publish", "syria-weekly", "--period", "2025-W48");
             SitrepProcess b = sitrep("publish-b", "publish", "syria-weekly", "--period", "2025-W48")) {
            int exitA = a.awaitExit(RUN);
            int exitB = b.awaitExit(RUN);

            String both = a.output() + "\n----\n" + b.output();
            assertThat(exitA).as(both).isZero();
            assertThat(exitB).as(both).isZero();
            assertThat(both).doesNotContain("session closed").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(List.of(a.output(), b.output())).as(both)
                    .anySatisfy(o -> assertThat(o).contains("Published syria-weekly 2025-W48 v1:"))
                    .anySatisfy(o -> assertThat(o).contains("Nothing changed since syria-weekly 2025-W48 v1")
                            .contains("is using the embedded database"));
        }
        assertThat(entries(dir.resolve("out/syria-weekly/2025-W48"))).containsExactly("v1");
    }

    @Test
    void aCommandBesideServeSharesTheDatabaseAtOnce() throws Exception {
        try (SitrepProcess serve = sitrep("serve", "serve")) {
            serve.awaitOutput("Scheduler running", RUN);
            try (SitrepProcess list = sitrep("list", "jobs", "list")) {
                assertThat(list.awaitExit(RUN)).as(list.output()).isZero();
                assertThat(list.output()).contains("syria-weekly").doesNotContain("is using the embedded database");
            }
            assertThat(serve.isAlive()).as(serve.output()).isTrue();
        }
    }

    @Test
    void aCommandWhoseTurnDoesNotComeWithinTheWaitGivesUpInOneLineSayingWhatToDo() throws Exception {
        Path lockFile = dir.resolve("data/db/sitrep.process.lock");
        Files.createDirectories(lockFile.getParent());
        try (java.nio.channels.FileChannel held = java.nio.channels.FileChannel.open(lockFile,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = held.lock()) {
            held.write(java.nio.ByteBuffer.wrap("sitrep process 4242 (`events import big.csv`)\n".getBytes()));

            try (SitrepProcess late = sitrep("late", Map.of("sitrep.embedded-db.wait", "3s"), "editions", "list")) {
                assertThat(late.awaitExit(RUN)).as(late.output()).isEqualTo(1);
                assertThat(late.output()).contains("sitrep process 4242 (`events import big.csv`) is using the "
                        + "embedded database " + dir.resolve("data/db/sitrep") + "; waiting for it to finish")
                        .contains("sitrep: sitrep process 4242 (`events import big.csv`) is still using the embedded "
                                + "database " + dir.resolve("data/db/sitrep") + " after 3s: let it finish and run this "
                                + "again, start `sitrep serve` first")
                        .doesNotContain("\tat ");
            }
        }
    }

    @Test
    void onlyAnEmbeddedH2FileTakesTurns() {
        assertThat(EmbeddedDatabaseTurn.embeddedFile("jdbc:h2:file:./data/db/sitrep;AUTO_SERVER=TRUE"))
                .contains(Path.of("data/db/sitrep").toAbsolutePath());
        assertThat(EmbeddedDatabaseTurn.embeddedFile("jdbc:h2:/var/sitrep/db")).contains(Path.of("/var/sitrep/db"));
        assertThat(EmbeddedDatabaseTurn.embeddedFile("jdbc:h2:~/sitrep"))
                .contains(Path.of(System.getProperty("user.home"), "sitrep"));
        for (String other : List.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db:9092/sitrep",
                "jdbc:postgresql://127.0.0.1:5432/sitrep", "")) {
            assertThat(EmbeddedDatabaseTurn.embeddedFile(other)).as(other).isEmpty();
        }
    }

    private SitrepProcess sitrep(String name, String... args) throws IOException {
        return sitrep(name, Map.of(), args);
    }

    private SitrepProcess sitrep(String name, Map<String, String> more, String... args) throws IOException {
        // As the launcher (./sitrep) sets it: the embedded file, shared through AUTO_SERVER.
        Map<String, String> settings = new TreeMap<>(Map.of(
                "sitrep.default-db-url", "jdbc:h2:file:" + dir.resolve("data/db/sitrep") + ";AUTO_SERVER=TRUE",
                "sitrep.jobs-dir", Path.of("jobs").toAbsolutePath().toString(),
                "sitrep.templates-dir", Path.of("report-templates").toAbsolutePath().toString(),
                "sitrep.archive.out-dir", dir.resolve("out").toString(),
                "sitrep.work-dir", dir.resolve("work").toString(),
                "server.port", "0"));
        settings.putAll(more);
        return SitrepProcess.start(dir.resolve(name + ".log"), settings, args);
    }

    private static List<String> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
