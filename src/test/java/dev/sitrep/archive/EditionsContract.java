package dev.sitrep.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.SitrepApplication;
import dev.sitrep.core.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/** What archivists do with editions, on whichever database the subclass provides. */
@SpringBootTest(classes = SitrepApplication.class)
abstract class EditionsContract {

    static final Instant NOW = Instant.parse("2026-02-02T09:30:00Z");

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private final Archive archive;
    private final Editions editions;
    private final JdbcClient jdbc;

    EditionsContract(Archive archive, Editions editions, JdbcClient jdbc) {
        this.archive = archive;
        this.editions = editions;
        this.jdbc = jdbc;
    }

    private EditionVersion publish(String job, String period, int version, String markdown) {
        String base = Archive.baseName(job, period, version);
        return archive.publish(new PublishRequest(job, period, version, Sha256.hex(markdown), "inputs",
                Instant.parse("2026-01-05T08:00:00Z"), "test", new EditionFiles(Map.of(
                base + ".md", markdown.getBytes(StandardCharsets.UTF_8),
                base + ".pdf", ("%PDF " + markdown).getBytes(StandardCharsets.UTF_8),
                "events.csv", "event_id\ne-1\n".getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void listsFindsAndFetchesVersionsByJobPeriodAndNumber() throws IOException {
        publish("list-job", "2025-W10", 1, "# One\n");
        publish("list-job", "2025-W10", 2, "# Two\n");
        publish("list-job", "2025-W11", 1, "# Three\n");
        publish("other-job", "2025-W10", 1, "# Other\n");

        assertThat(editions.list("list-job", null, null)).extracting(v -> v.period() + " v" + v.version())
                .containsExactly("2025-W10 v1", "2025-W10 v2", "2025-W11 v1");
        assertThat(editions.list("list-job", "2025-W11", "2025-W11")).hasSize(1);
        assertThat(editions.list(null, "2025-W10", "2025-W10")).extracting(EditionVersion::jobId)
                .containsExactly("list-job", "list-job", "other-job");
        EditionVersion latest = editions.find("list-job", "2025-W10", null);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(Files.readString(editions.file(latest, "md"))).isEqualTo("# Two\n");
        assertThat(Files.readString(editions.file(editions.find("list-job", "2025-W10", 1), "md"))).isEqualTo("# One\n");
        assertThat(editions.file(latest, "events.csv")).hasFileName("events.csv");
        assertThatThrownBy(() -> editions.find("list-job", "2025-W10", 7))
                .isInstanceOf(ArchiveException.class)
                .hasMessageContaining("no edition list-job 2025-W10 v7").hasMessageContaining("v1 (SUPERSEDED)");
        assertThatThrownBy(() -> editions.file(latest, "secrets.txt")).hasMessageContaining("has no file 'secrets.txt'");
    }

    @Test
    void namesFromOutsideNeverReachAPath() {
        for (String job : new String[] {"../etc", "/etc", "a/b", "..%2F..", "Job", ""}) {
            assertThatThrownBy(() -> editions.find(job, "2025-W10", 1)).as(job)
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("is not a job id");
        }
        for (String period : new String[] {"2025-W99", "../../2025-W10", "2025-W10/..", "2025%2FW10"}) {
            assertThatThrownBy(() -> editions.find("list-job", period, 1)).as(period)
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("is not an ISO week");
        }
        for (String version : new String[] {"0", "-1", "v", "1/..", "two"}) {
            assertThatThrownBy(() -> EditionNames.version(version)).as(version)
                    .isInstanceOf(ArchiveException.class).hasMessageContaining("is not a version");
        }
        assertThat(EditionNames.version("v2")).isEqualTo(2);
    }

    @Test
    void aFileNameThatIsAPathIsRefusedAsAskedForAndAsAnAlteredManifestNamesIt() throws IOException {
        EditionVersion v = publish("path-job", "2025-W21", 1, "# Intact\n");
        for (String name : new String[] {"../../../../../../etc/passwd", "/etc/passwd", "a/b.csv", "..", "x\\..\\y",
                ".hidden", "events.csv/"}) {
            assertThatThrownBy(() -> editions.file(v, name)).as(name).isInstanceOf(EditionNames.Invalid.class)
                    .hasMessageContaining("is not a file of an edition");
        }
        Path manifest = editions.file(v, "md").resolveSibling(Manifest.FILE_NAME);
        manifest.toFile().setWritable(true);
        Files.writeString(manifest, Files.readString(manifest).replace("\"events.csv\"",
                "\"../../../../../../etc/passwd\""));

        assertThatThrownBy(() -> editions.file(v, "md")).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("names a file '../../../../../../etc/passwd' that is not a plain name");
        assertThat(editions.verify(v).intact()).isFalse();
    }

    @Test
    void verifyNamesEveryFileThatNoLongerMatchesItsManifest() throws IOException {
        EditionVersion v = publish("verify-job", "2025-W20", 1, "# Intact\n");
        assertThat(editions.verify(v).intact()).isTrue();

        Path md = editions.file(v, "md");
        md.toFile().setWritable(true);
        Files.writeString(md, "# Tampered\n");
        Files.delete(editions.file(v, "events.csv"));
        Files.writeString(md.resolveSibling("extra.txt"), "x");

        Editions.Verification result = editions.verify(v);
        assertThat(result.intact()).isFalse();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p).contains("verify-job-2025-W20-v1.md: SHA-256"))
                .anySatisfy(p -> assertThat(p).contains("events.csv: missing"))
                .anySatisfy(p -> assertThat(p).contains("extra.txt: not in the manifest"));
    }

    @Test
    void diffListsTheChangedFilesAndTheMarkdownAsAUnifiedDiff() {
        publish("diff-job", "2025-W30", 1, "# Edition\n\nConvoys: 3.\n\nSame.\n");
        publish("diff-job", "2025-W30", 2, "# Edition\n\nConvoys: 4.\n\nSame.\n");

        Editions.Comparison c = editions.diff("diff-job", "2025-W30", 1, 2);

        assertThat(c.files()).containsExactly("changed diff-job-2025-W30-v*.md", "changed diff-job-2025-W30-v*.pdf");
        assertThat(c.markdownDiff()).contains("--- diff-job-2025-W30-v1.md", "+++ diff-job-2025-W30-v2.md",
                "-Convoys: 3.", "+Convoys: 4.");
    }

    @Test
    void theIndexIsRebuiltFromOutWhenTheDatabaseLosesIt() {
        publish("reindex-job", "2025-W40", 1, "# A\n");
        publish("reindex-job", "2025-W40", 2, "# B\n");
        jdbc.sql("DELETE FROM edition_version WHERE job_id = 'reindex-job'").update();
        assertThat(editions.list("reindex-job", null, null)).isEmpty();

        int added = editions.reindex().indexed().size();

        assertThat(added).isGreaterThanOrEqualTo(2);
        assertThat(editions.list("reindex-job", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 SUPERSEDED", "v2 PUBLISHED");
        assertThat(editions.reindex().indexed()).isEmpty();
    }

    @Test
    void aVersionWhoseFolderIsGoneIsKeptAsMissingSinceItWasNoticedAndComesBackWithItsFolder() throws IOException {
        publish("lost-job", "2025-W41", 1, "# A\n");
        EditionVersion v2 = publish("lost-job", "2025-W41", 2, "# B\n");
        Path kept = Files.createTempDirectory("lost-job-copy").resolve("v2");
        Files.move(v2.directory(), kept);

        Reconciliation found = editions.reindex();

        assertThat(found.missing()).extracting(v -> v.jobId() + " " + v.period() + " v" + v.version() + " " + v.state())
                .containsExactly("lost-job 2025-W41 v2 MISSING");
        assertThat(editions.list("lost-job", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 SUPERSEDED", "v2 MISSING");
        EditionVersion missing = editions.find("lost-job", "2025-W41", 2);
        assertThat(editions.verify(missing).problems()).singleElement().asString()
                .contains(v2.directory() + ": the version's folder is gone", "MISSING since " + NOW);
        assertThatThrownBy(() -> editions.file(missing, "md")).hasMessageContaining("is MISSING");
        assertThatThrownBy(() -> editions.find("lost-job", "2025-W41", null))
                .hasMessageContaining("v2 (MISSING)");
        assertThat(archive.nextVersion("lost-job", "2025-W41")).as("a lost number is never reused").isEqualTo(3);
        assertThat(editions.reindex().missing()).as("noticed once").isEmpty();

        Files.move(kept, v2.directory());
        Reconciliation back = editions.reindex();

        assertThat(back.restored()).extracting(v -> "v" + v.version() + " " + v.state()).containsExactly("v2 PUBLISHED");
        assertThat(editions.verify(editions.find("lost-job", "2025-W41", null)).intact()).isTrue();
        assertThat(editions.list("lost-job", null, null)).extracting(v -> "v" + v.version() + " " + v.state())
                .containsExactly("v1 SUPERSEDED", "v2 PUBLISHED");
    }

    @Test
    void aPeriodWhoseWholeFolderIsGoneIsFoundThroughTheIndex() throws IOException {
        EditionVersion v1 = publish("gone-job", "2025-W42", 1, "# A\n");
        VersionFolder.deleteTree(v1.directory().getParent().getParent());

        assertThat(editions.reindex().missing()).extracting(v -> v.jobId() + " v" + v.version())
                .containsExactly("gone-job v1");
        assertThat(editions.find("gone-job", "2025-W42", 1).state()).isEqualTo(EditionState.MISSING);
    }

    @Test
    void aKilledRunsWorkFolderIsNamedForVerifyAndLeftInPlace() throws IOException {
        Path period = Files.createDirectories(archive.folderOf("work-job", "2025-W43", 1).getParent());
        Path killed = Files.createDirectory(period.resolve(".v1.partial-" + java.util.UUID.randomUUID()));
        Files.createFile(StagingClaim.lockFileOf(killed));

        assertThat(editions.abandonedWorkFolders()).contains(killed);
        assertThat(killed).isDirectory();
    }

    @Test
    void retentionKeepsTheLastSupersededVersionsAndNeverTheLatestAndADryRunChangesNothing() {
        EditionVersion v1 = publish("keep-job", "2025-W45", 1, "# 1\n");
        EditionVersion v2 = publish("keep-job", "2025-W45", 2, "# 2\n");
        EditionVersion v3 = publish("keep-job", "2025-W45", 3, "# 3\n");

        assertThat(editions.prune("keep-job", 1, true)).extracting(EditionVersion::version).containsExactly(1);
        assertThat(v1.directory()).exists();

        assertThat(editions.prune("keep-job", 1, false)).extracting(EditionVersion::version).containsExactly(1);
        assertThat(v1.directory()).doesNotExist();
        assertThat(v2.directory()).exists();
        assertThat(v3.directory()).exists();
        assertThat(editions.find("keep-job", "2025-W45", 1).state()).isEqualTo(EditionState.PRUNED);
        assertThatThrownBy(() -> editions.file(editions.find("keep-job", "2025-W45", 1), "md"))
                .hasMessageContaining("is PRUNED");
        assertThat(editions.prune("keep-job", 0, false)).extracting(EditionVersion::version).containsExactly(2);
        assertThat(editions.find("keep-job", "2025-W45", null).version()).isEqualTo(3);
        assertThat(v3.directory()).exists();
    }
}
