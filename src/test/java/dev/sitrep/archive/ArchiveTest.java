package dev.sitrep.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(classes = SitrepApplication.class,
        properties = "spring.datasource.url=jdbc:h2:mem:archive-test;DB_CLOSE_DELAY=-1")
class ArchiveTest {

    @TempDir
    static Path out;

    @DynamicPropertySource
    static void outDir(DynamicPropertyRegistry registry) {
        registry.add("sitrep.archive.out-dir", () -> out.toString());
    }

    private static final Instant AS_OF = Instant.parse("2026-01-05T08:00:00Z");

    private final Archive archive;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ArchiveTest(Archive archive, JdbcClient jdbc, TransactionTemplate transactions) {
        this.archive = archive;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private static PublishRequest request(String period, int version, String content) {
        return new PublishRequest("job-a", period, version, Sha256.hex(content), "inputs", AS_OF, "test",
                new EditionFiles(Map.of("edition.md", content.getBytes(StandardCharsets.UTF_8),
                        "events.csv", "event_id\n".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void aVersionIsWrittenWholeWithAManifestOfItsFilesAndSupersedesTheOneBefore() throws IOException {
        EditionVersion v1 = archive.publish(request("2025-W01", 1, "first"));
        EditionVersion v2 = archive.publish(request("2025-W01", 2, "second"));

        assertThat(v2.directory()).exists();
        JsonNode manifest = JsonMapper.builder().build().readTree(v2.directory().resolve("manifest.json").toFile());
        assertThat(manifest.path("version").asInt()).isEqualTo(2);
        assertThat(manifest.path("files").path("edition.md").path("sha256").asString())
                .isEqualTo(Sha256.hex(Files.readAllBytes(v2.directory().resolve("edition.md"))));
        assertThat(manifest.path("files").path("edition.md").path("size").asInt()).isEqualTo(6);
        assertThat(archive.latest("job-a", "2025-W01")).get().extracting(EditionVersion::version).isEqualTo(2);
        assertThat(state(v1.id())).isEqualTo("SUPERSEDED");
        assertThat(archive.nextVersion("job-a", "2025-W01")).isEqualTo(3);
        try (Stream<Path> left = Files.list(v2.directory().getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("v1", "v2");
        }
    }

    @Test
    void theSameVersionCannotBePublishedTwiceAndThePublishedFilesStayAsTheyWere() throws IOException {
        EditionVersion v1 = archive.publish(request("2025-W02", 1, "original"));

        assertThatThrownBy(() -> archive.publish(request("2025-W02", 1, "impostor")))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("job-a 2025-W02 v1 was published by another run");
        assertThat(Files.readString(v1.directory().resolve("edition.md"))).isEqualTo("original");
    }

    @Test
    void aFolderThatCannotBeWrittenMarksTheVersionFailedWithItsCauseAndLeavesNoPartialFolder() throws IOException {
        Path blocker = archive.folderOf("job-a", "2025-W03", 1).getParent();
        Files.createDirectories(blocker.getParent());
        Files.writeString(blocker, "a file where the period folder should be");

        // Inside a caller's transaction that then rolls back, as a failing batch step's does.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> archive.publish(request("2025-W03", 1, "x"))))
                .isInstanceOf(ArchiveException.class);
        assertThat(jdbc.sql("SELECT state, failure FROM edition_version WHERE period = '2025-W03'").query()
                .singleRow()).satisfies(row -> {
                    assertThat(row.get("STATE")).isEqualTo("FAILED");
                    assertThat(String.valueOf(row.get("FAILURE"))).isNotBlank();
                });
        assertThat(archive.latest("job-a", "2025-W03")).isEmpty();
    }

    @Test
    void versionFoldersTheIndexDoesNotKnowAreIndexedFromTheirManifestsAndNeverOverwritten() {
        EditionVersion v1 = archive.publish(request("2025-W04", 1, "kept in out/"));
        jdbc.sql("DELETE FROM edition_version WHERE period = '2025-W04'").update();
        assertThat(archive.latest("job-a", "2025-W04")).isEmpty();
        assertThat(archive.nextVersion("job-a", "2025-W04")).isEqualTo(2);

        archive.reconcile("job-a", "2025-W04");

        assertThat(archive.latest("job-a", "2025-W04")).get().satisfies(found -> {
            assertThat(found.version()).isEqualTo(1);
            assertThat(found.contentHash()).isEqualTo(v1.contentHash());
            assertThat(found.directory()).isEqualTo(v1.directory());
        });
        assertThat(archive.nextVersion("job-a", "2025-W04")).isEqualTo(2);
    }

    @Test
    void illegalLifecycleTransitionsNameBothStates() {
        assertThatThrownBy(() -> EditionState.SUPERSEDED.moveTo(EditionState.PUBLISHED))
                .hasMessage("an edition version cannot go from SUPERSEDED to PUBLISHED");
        assertThat(EditionState.PUBLISHING.moveTo(EditionState.PUBLISHED)).isEqualTo(EditionState.PUBLISHED);
    }

    @Test
    void aDraftIsPublishedOnlyThroughApprovalAndADecidedDraftNeverMovesAgain() {
        assertThat(EditionState.DRAFT.moveTo(EditionState.PUBLISHING)).isEqualTo(EditionState.PUBLISHING);
        assertThat(EditionState.DRAFT.moveTo(EditionState.SENT_BACK)).isEqualTo(EditionState.SENT_BACK);
        assertThat(EditionState.DRAFT.moveTo(EditionState.REPLACED)).isEqualTo(EditionState.REPLACED);
        assertThatThrownBy(() -> EditionState.DRAFT.moveTo(EditionState.PUBLISHED))
                .hasMessage("an edition version cannot go from DRAFT to PUBLISHED");
        for (EditionState decided : java.util.List.of(EditionState.SENT_BACK, EditionState.REPLACED)) {
            for (EditionState next : EditionState.values()) {
                assertThatThrownBy(() -> decided.moveTo(next)).isInstanceOf(ArchiveException.class);
            }
        }
        assertThat(java.util.Arrays.stream(EditionState.values()).filter(EditionState::inReview))
                .containsExactly(EditionState.DRAFT, EditionState.SENT_BACK, EditionState.REPLACED);
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM edition_version WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void aWriterKilledBetweenFilesLeavesNoVersionAndTheNextRunPublishesWhole() throws IOException {
        // What a kill between two files leaves: the hidden staging folder with the first file only.
        Path period = out.resolve("job-a").resolve("2025-W30");
        Path staging = Files.createDirectories(period.resolve(".v1.partial-killed"));
        Files.writeString(staging.resolve("edition.md"), "half");

        assertThat(archive.nextVersion("job-a", "2025-W30")).isEqualTo(1);
        archive.reconcile("job-a", "2025-W30");
        assertThat(archive.latest("job-a", "2025-W30")).isEmpty();

        EditionVersion v1 = archive.publish(request("2025-W30", 1, "whole"));

        assertThat(Files.readString(v1.directory().resolve("edition.md"))).isEqualTo("whole");
        assertThat(v1.directory().resolve("manifest.json")).exists();
        try (Stream<Path> versions = Files.list(period)) {
            assertThat(versions.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactly("v1");
        }

        // A fresh staging folder may belong to a live writer and stays; one left an hour ago is removed.
        archive.reconcile("job-a", "2025-W30");
        assertThat(staging).isDirectory();
        Files.setLastModifiedTime(staging, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        archive.reconcile("job-a", "2025-W30");
        assertThat(staging).doesNotExist();
        try (Stream<Path> left = Files.list(period)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("v1");
        }
    }

    /** What a writer killed with SIGKILL leaves: its work folder with part of the files, and its unlocked lock file. */
    private static Path killedWritersFolder(Path period) throws IOException {
        Path staging = Files.createDirectories(period.resolve(".v1.partial-" + java.util.UUID.randomUUID()));
        Files.writeString(staging.resolve("edition.md"), "half");
        Files.createFile(StagingClaim.lockFileOf(staging));
        return staging;
    }

    private static java.util.List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aKilledWritersWorkFolderIsRemovedAtOnceByTheNextRunWhichPublishesTheVersionWhole() throws IOException {
        Path period = out.resolve("job-a").resolve("2025-W31");
        Path staging = killedWritersFolder(period);

        Reconciliation found = archive.reconcile("job-a", "2025-W31");
        EditionVersion v1 = archive.publish(request("2025-W31", 1, "whole"));

        assertThat(found.removedStaging()).containsExactly(staging);
        assertThat(entries(period)).as("no work folder, no lock file").containsExactly("v1");
        assertThat(Files.readString(v1.directory().resolve("edition.md"))).isEqualTo("whole");
        assertThat(archive.latest("job-a", "2025-W31")).get().extracting(EditionVersion::version).isEqualTo(1);
    }

    @Test
    void aRestartedRunThatResumesAtThePublishStepRemovesTheKilledRunsWorkFolderToo() throws IOException {
        Path period = out.resolve("job-a").resolve("2025-W34");
        killedWritersFolder(period);

        archive.publish(request("2025-W34", 1, "whole"));

        assertThat(entries(period)).containsExactly("v1");
    }

    @Test
    void aWorkFolderThatAWriterInThisProcessHoldsIsLeftAlone() throws IOException {
        Path period = Files.createDirectories(out.resolve("job-a").resolve("2025-W32"));
        Path staging = period.resolve(".v1.partial-" + java.util.UUID.randomUUID());
        try (StagingClaim claim = StagingClaim.take(staging)) {
            Files.createDirectory(staging);

            assertThat(archive.reconcile("job-a", "2025-W32").removedStaging()).isEmpty();
            assertThat(staging).isDirectory();
        }
    }

    @Test
    void aWorkFolderThatALiveWriterInAnotherProcessHoldsIsLeftAloneUntilThatProcessDies() throws Exception {
        Path period = out.resolve("job-a").resolve("2025-W33");
        Path staging = killedWritersFolder(period);
        Path holder = Files.writeString(Files.createTempDirectory("holder").resolve("LockHolder.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class LockHolder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                        channel.lock();
                        System.out.println("locked");
                        System.out.flush();
                        System.in.read();
                    }
                }
                """);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), StagingClaim.lockFileOf(staging).toString()).redirectErrorStream(true).start();
        try {
            java.io.BufferedReader said = new java.io.BufferedReader(new java.io.InputStreamReader(
                    other.getInputStream(), StandardCharsets.UTF_8));
            // Blocks until the other JVM holds the lock (or ends: then the line is its error).
            assertThat(said.readLine()).isEqualTo("locked");

            assertThat(archive.reconcile("job-a", "2025-W33").removedStaging()).isEmpty();
            assertThat(staging).isDirectory();
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        }

        assertThat(archive.reconcile("job-a", "2025-W33").removedStaging()).containsExactly(staging);
        assertThat(entries(period)).isEmpty();
    }
}
