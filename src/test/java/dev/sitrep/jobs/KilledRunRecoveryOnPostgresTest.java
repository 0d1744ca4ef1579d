package dev.sitrep.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.testing.Await;
import dev.sitrep.testing.SitrepProcess;
import dev.sitrep.testing.Sql;
import dev.sitrep.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `sitrep publish` killed with SIGKILL while it renders, as when a machine dies: nothing is published,
 * the run is left STARTED; `executions recover` marks it failed and `executions restart` resumes it at
 * the render step, which completes the edition as v1 with no partial files.
 */
class KilledRunRecoveryOnPostgresTest {

    @TempDir
    Path dir;

    private String database;
    private Sql sql;

    @Test
    void aRunKilledWhileRenderingIsRecoveredAndRestartedIntoOneWholeVersion() throws Exception {
        database = TestPostgres.newDatabase();
        sql = new Sql(database);
        try (SitrepProcess load = sitrep("import", "events", "import",
                Path.of("data/sample/syria-2025/events.jsonl").toAbsolutePath().toString())) {
            assertThat(load.awaitExit(Duration.ofSeconds(120))).as(load.output()).isZero();
        }

        try (SitrepProcess publish = sitrep("publish", "publish", "syria-weekly", "--period", "2025-W48")) {
            Await.until(() -> sql.count("select count(*) from batch_step_execution where step_name = 'render' "
                    + "and status = 'STARTED'") == 1, Duration.ofSeconds(120), publish::output);
            publish.kill();
        }
        long execution = sql.count("select job_execution_id from batch_job_execution where status = 'STARTED'");
        assertThat(sql.count("select count(*) from edition_version")).isZero();
        assertThat(entries(dir.resolve("out"))).as("nothing in out/").isEmpty();

        try (SitrepProcess recover = sitrep("recover", "executions", "recover", "--all")) {
            assertThat(recover.awaitExit(Duration.ofSeconds(120))).as(recover.output()).isZero();
            assertThat(recover.output()).contains(String.valueOf(execution));
        }
        assertThat(sql.text("select status from batch_job_execution where job_execution_id = " + execution))
                .isEqualTo("FAILED");

        try (SitrepProcess restart = sitrep("restart", "executions", "restart", String.valueOf(execution))) {
            assertThat(restart.awaitExit(Duration.ofSeconds(180))).as(restart.output()).isZero();
        }
        // The restart is a new execution of the same instance, and it did not gather again.
        assertThat(sql.count("select count(*) from batch_job_execution where status = 'COMPLETED'")).isEqualTo(1);
        assertThat(sql.count("select count(distinct job_instance_id) from batch_job_execution")).isEqualTo(1);
        assertThat(sql.count("select count(*) from batch_step_execution where step_name = 'gather'")).isEqualTo(1);
        assertThat(sql.count("select count(*) from batch_step_execution where step_name = 'render'")).isEqualTo(2);
        assertThat(sql.count("select count(*) from edition_version where state = 'PUBLISHED' and version = 1"))
                .isEqualTo(1);
        assertThat(entries(dir.resolve("out/syria-weekly/2025-W48"))).containsExactly("v1");
        assertThat(entries(dir.resolve("out/syria-weekly/2025-W48/v1"))).contains("manifest.json",
                "syria-weekly-2025-W48-v1.pdf", "syria-weekly-2025-W48-v1.md");
    }

    private SitrepProcess sitrep(String name, String... args) throws IOException {
        Map<String, String> settings = new TreeMap<>(Map.of(
                "spring.datasource.url", database,
                "sitrep.jobs-dir", Path.of("jobs").toAbsolutePath().toString(),
                "sitrep.templates-dir", Path.of("report-templates").toAbsolutePath().toString(),
                "sitrep.archive.out-dir", dir.resolve("out").toString(),
                "sitrep.work-dir", dir.resolve("work").toString()));
        return SitrepProcess.start(dir.resolve(name + ".log"), settings, args);
    }

    private static java.util.List<String> entries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }



}
