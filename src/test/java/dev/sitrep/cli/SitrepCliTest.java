package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.SitrepApplication;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: what it prints, its exit codes, and that bad input writes nothing. */
class SitrepCliTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run run(Path jobsDir, Path templatesDir, String... args) {
        return runOn("cli-" + UUID.randomUUID(), jobsDir, templatesDir, args);
    }

    /** Runs on a named in-memory database, so that several commands see one another's work. */
    private Run runOn(String database, Path jobsDir, Path templatesDir, String... args) {
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "sitrep.jobs-dir", jobsDir,
                "sitrep.templates-dir", templatesDir,
                "sitrep.work-dir", dir.resolve("work"),
                "sitrep.archive.out-dir", dir.resolve("out"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (SpringContext spring = new SpringContext(SitrepApplication.class, properties)) {
            CommandLine cli = SitrepCli.commandLine(spring);
            cli.setOut(new PrintWriter(out, true));
            cli.setErr(new PrintWriter(err, true));
            return new Run(cli.execute(args), out.toString(), err.toString());
        }
    }

    private Run run(String... args) {
        return run(Path.of("jobs"), Path.of("report-templates"), args);
    }

    private boolean outIsEmpty() throws IOException {
        Path out = dir.resolve("out");
        if (!Files.exists(out)) {
            return true;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.noneMatch(Files::isRegularFile);
        }
    }

    @Test
    void readOnlyVerbsStartOnlyTheDatabaseAndTheirReaders() {
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", "jdbc:h2:mem:cli-readers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sitrep.jobs-dir", Path.of("jobs"), "sitrep.templates-dir", Path.of("report-templates"),
                "sitrep.work-dir", dir.resolve("work"), "sitrep.archive.out-dir", dir.resolve("out"));
        for (String[] verb : new String[][] {{"jobs", "list"}, {"editions", "list"}, {"events", "rejected"},
                {"events", "list", "--period", "2025-W48"}, {"deliveries", "list"}}) {
            try (SpringContext spring = new SpringContext(SitrepApplication.class, properties)) {
                CommandLine cli = SitrepCli.commandLine(spring);
                StringWriter out = new StringWriter();
                cli.setOut(new PrintWriter(out, true));
                assertThat(cli.execute(verb)).as(String.join(" ", verb)).isZero();
                assertThat(spring.holds(javax.sql.DataSource.class)).isTrue();
                // The publishing machinery and the batch runtime stay unstarted.
                assertThat(spring.holds(dev.sitrep.jobs.EditionPublisher.class)).as(String.join(" ", verb)).isFalse();
                assertThat(spring.holds(org.springframework.batch.core.repository.JobRepository.class)).isFalse();
                if (verb[0].equals("jobs")) {
                    assertThat(out.toString()).contains("syria-weekly", "next ");
                }
            }
        }
    }

    @Test
    void helpListsTheCommandsWithoutStartingAnything() {
        Run help = run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("demo", "publish", "serve", "events", "judgments", "editions", "archive",
                "users", "tokens", "jobs", "executions",
                "SITREP_DB_URL");
    }

    @Test
    void everyCommandAndSubcommandAnswersHelpWithItsUsageAndExitCode0() {
        java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
        try (SpringContext spring = new SpringContext(SitrepApplication.class, Map.of())) {
            collect(SitrepCli.commandLine(spring), new java.util.ArrayList<>(), paths);
        }
        assertThat(paths).hasSizeGreaterThan(20);
        for (java.util.List<String> path : paths) {
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            Run help = run(args.toArray(String[]::new));
            assertThat(help.exitCode()).as(String.join(" ", args) + ": " + help.err()).isZero();
            assertThat(help.out()).as(String.join(" ", args)).contains("Usage: sitrep");
        }
    }

    private static void collect(CommandLine command, java.util.List<String> path,
                                java.util.List<java.util.List<String>> out) {
        out.add(java.util.List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) {
                java.util.List<String> deeper = new java.util.ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, out);
            }
        });
    }

    @Test
    void editionsCommandsRefuseTraversalAndUnknownEditionsInOneLineWithExitCode7() {
        Run traversal = run("editions", "get", "syria-weekly", "../../etc", "--format", "md", "--to", "x.md");
        assertThat(traversal.exitCode()).isEqualTo(7);
        assertThat(traversal.err().strip()).isEqualTo("sitrep: '../../etc' is not an ISO week: expected YYYY-Www, "
                + "e.g. 2025-W48");
        Run unknown = run("editions", "show", "syria-weekly", "2025-W48");
        assertThat(unknown.exitCode()).isEqualTo(7);
        assertThat(unknown.err()).contains("no edition syria-weekly 2025-W48 has been published");
        Run none = run("editions", "verify", "--all");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).contains("0 version(s) checked, 0 damaged");
    }

    @Test
    void anUnknownJobIsOneLineNamingTheJobsThatExist() throws IOException {
        Run r = run("publish", "no-such-job", "--period", "2025-W48");
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("sitrep: unknown job 'no-such-job'").contains("syria-weekly");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aMalformedPeriodIsOneLineSayingWhatAWeekLooksLike() throws IOException {
        Run r = run("publish", "syria-weekly", "--period", "2025-W99");
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err().strip()).doesNotContain("\n").contains("2025-W99").contains("W01 to W52");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aWeekBeforeTheJobsScopeIsOneLineNamingTheScopeWithExit5AndWritesNothing() throws IOException {
        String scope = "sitrep: syria-weekly: 2017-W10 is before the job's scope, which starts 2025-08-04 "
                + "(scope.from in " + Path.of("jobs", "syria-weekly.yml") + ")";

        Run publish = run("publish", "syria-weekly", "--period", "2017-W10");
        Run jobsRun = run("jobs", "run", "syria-weekly", "--period", "2017-W10");

        for (Run r : java.util.List.of(publish, jobsRun)) {
            assertThat(r.exitCode()).isEqualTo(5);
            assertThat(r.err().strip()).isEqualTo(scope);
        }
        assertThat(outIsEmpty()).isTrue();
        assertThat(dir.resolve("work")).as("no run was started").satisfiesAnyOf(
                w -> assertThat(w).doesNotExist(), w -> assertThat(w).isEmptyDirectory());
    }

    @Test
    void anImportWhoseEveryRowIsRejectedExits3AndOneWithAGoodRowExits0() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{not json\n{\"id\":\"x\"}\n");
        Run all = run("events", "import", bad.toString());
        assertThat(all.exitCode()).isEqualTo(3);
        assertThat(all.out()).contains("rejected");
        assertThat(all.err()).contains("every row of").contains("was rejected; nothing was imported");

        String good = Files.readAllLines(Path.of("data/sample/syria-2025/events.jsonl")).get(0);
        Path mixed = Files.writeString(dir.resolve("mixed.jsonl"), "{not json\n" + good + "\n");
        assertThat(run("events", "import", mixed.toString()).exitCode()).isZero();
    }

    @Test
    void aCsvRowWithBrokenQuotingIsRejectedOnItsOwnLineEverywhereAndTheRowsAroundItImport() throws IOException {
        String header = Files.readAllLines(Path.of("src/test/resources/fixtures/sitrep-events.csv")).get(0);
        String row = "cli-q-%d,2025-11-26,day,2025-11-27T00:00:00Z,protest,,P (side-a),Syria,,,,,,%s,,,cli-q-src,"
                + "webpage,P,T,,,,";
        String unbalanced = row.formatted(3, "\"Unbalanced");
        String json = "{\"id\":\"cli-q-json\",\"occurred\":\"2025-11-26\"}";
        Path file = Files.write(dir.resolve("quotes.csv"), java.util.List.of(header, row.formatted(1, "One."),
                row.formatted(2, "\"Two,\nover two lines.\""), unbalanced, row.formatted(4, "Four."), json,
                row.formatted(5, "Five.")));
        String database = "cli-" + UUID.randomUUID();
        Path jobs = Path.of("jobs");
        Path templates = Path.of("report-templates");

        Run imported = runOn(database, jobs, templates, "events", "import", file.toString());
        Run rejected = runOn(database, jobs, templates, "events", "rejected", "--file", file.toString(), "--text");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("read 6, imported 4, revised 0, unchanged 0, rejected 2")
                .contains("rejected " + file + ":5: a quoted field opened on this line does not close on it")
                .contains("rejected " + file + ":7: a quoted field closes and more text follows");
        assertThat(rejected.out()).contains(file + ":5: a quoted field", "    | " + unbalanced, file + ":7: a quoted",
                "    | " + json, "2 rejections shown");
    }

    @Test
    void aWeekThatHasNotBegunIsOneLineWithExit5AndWritesNothing() throws IOException {
        for (String verb : java.util.List.of("publish", "jobs")) {
            Run r = verb.equals("publish") ? run("publish", "syria-weekly", "--period", "2099-W10")
                    : run("jobs", "run", "syria-weekly", "--period", "2099-W10");
            assertThat(r.exitCode()).as(verb).isEqualTo(5);
            assertThat(r.err().strip()).as(verb).doesNotContain("\n")
                    .startsWith("sitrep: syria-weekly: 2099-W10 has not begun (today is ")
                    .endsWith("in Asia/Damascus): an edition covers a week that has begun, usually the one just ended");
        }
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aJobPointingAtAMissingTemplateFolderIsRefusedWithFileLineAndField() throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("syria-weekly.yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                .replace("template: weekly-assessment", "template: no-such-template"));

        Run r = run(jobs, Path.of("report-templates"), "publish", "syria-weekly", "--period", "2025-W48");

        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.err().strip()).doesNotContain("\n")
                .contains("syria-weekly.yml:", "template", "no template folder report-templates/no-such-template/");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aTemplateFolderWithoutItsTemplateFailsTheRenderStepAndPublishesNothing() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/weekly-assessment"));
        Files.writeString(templates.resolve("style.css"), "body { font-family: 'DejaVu Sans'; }");

        Run r = run(Path.of("jobs"), dir.resolve("templates"), "publish", "syria-weekly", "--period", "2025-W48");

        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err().strip()).doesNotContain("\n").contains("assessment.md.ftl does not exist");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aBrokenTemplateNamesTheTemplateFileAndLine() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates/weekly-assessment"));
        Files.writeString(templates.resolve("assessment.md.ftl"), "# ${a.title}\n\n${a.noSuchField}\n");

        Run r = run(Path.of("jobs"), dir.resolve("templates"), "publish", "syria-weekly", "--period", "2025-W48");

        assertThat(r.exitCode()).isEqualTo(6);
        assertThat(r.err().strip()).doesNotContain("\n").contains("assessment.md.ftl:3").contains("a.noSuchField");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void jobsListShowsEachJobsStateLastEditionAndNextThreeFiringsInItsZone() {
        Run r = run("jobs", "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("syria-weekly", "NOT SCHEDULED", "Syria weekly situation assessment",
                "last edition none", "(Asia/Damascus)");
        assertThat(r.out().lines().filter(l -> l.strip().startsWith("next ")).findFirst().orElseThrow())
                .matches("    next (\\d{4}-\\d\\d-\\d\\d 06:00 \\+03:00(, )?){3} \\(Asia/Damascus\\)");
    }

    @Test
    void jobsReloadReportsABrokenFileWithExit5AndSchedulesTheOthersWhichPauseAndResumeAcrossProcesses()
            throws IOException {
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.copy(Path.of("jobs/syria-weekly.yml"), jobs.resolve("syria-weekly.yml"));
        Files.writeString(jobs.resolve("broken.yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                .replace("id: syria-weekly", "id: broken").replace("Asia/Damascus", "Asia/Atlantis"));
        String db = "cli-jobs-" + UUID.randomUUID();
        Path templates = Path.of("report-templates");

        Run reload = runOn(db, jobs, templates, "jobs", "reload");
        assertThat(reload.exitCode()).isEqualTo(5);
        assertThat(reload.out()).contains("added     syria-weekly: cron \"0 0 6 ? * MON\" in Asia/Damascus",
                "error     broken: " + jobs.resolve("broken.yml") + ":7: schedule.zone: 'Asia/Atlantis'",
                "1 added, 0 updated, 0 unchanged, 0 removed, 1 with errors");

        assertThat(runOn(db, jobs, templates, "jobs", "pause", "syria-weekly").out()).contains("PAUSED");
        Run list = runOn(db, jobs, templates, "jobs", "list");
        assertThat(list.out()).containsPattern("syria-weekly +PAUSED").containsPattern("broken +ERROR +.*Atlantis");
        assertThat(runOn(db, jobs, templates, "jobs", "resume", "syria-weekly").out())
                .containsPattern("syria-weekly +SCHEDULED");

        Run unknown = runOn(db, jobs, templates, "jobs", "pause", "no-such-job");
        assertThat(unknown.exitCode()).isEqualTo(5);
        assertThat(unknown.err().strip()).doesNotContain("\n").startsWith("sitrep: unknown job 'no-such-job'");
    }

    @Test
    void aJobThatRefusesDisagreeingEstimatesExitsWithTheJobRunCodeNamingTheJudgmentAndPublishesNothing()
            throws IOException {
        String db = "cli-refuse-" + UUID.randomUUID();
        Path jobs = Files.createDirectories(dir.resolve("jobs"));
        Files.writeString(jobs.resolve("syria-weekly.yml"), Files.readString(Path.of("jobs/syria-weekly.yml"))
                + "on-disagreement: refuse\n");
        Path templates = Path.of("report-templates");
        Path sample = Path.of("data/sample/syria-2025");
        assertThat(runOn(db, jobs, templates, "events", "import", sample.resolve("events.jsonl").toString())
                .exitCode()).isZero();
        try (Stream<Path> files = Files.list(sample.resolve("judgments"))) {
            String[] add = Stream.concat(Stream.of("judgments", "add"), files.sorted().map(Path::toString))
                    .toArray(String[]::new);
            assertThat(runOn(db, jobs, templates, add).exitCode()).isZero();
        }

        Run refused = runOn(db, jobs, templates, "publish", "syria-weekly", "--period", "2025-W48");

        // The sample's risk judgment says "unlikely"; the model, which has seen no attack, almost no chance.
        assertThat(refused.exitCode()).isEqualTo(8);
        assertThat(refused.err().strip()).doesNotContain("\n")
                .startsWith("sitrep: syria-weekly 2025-W48 not published")
                .contains("(risks-attack-on-russian-forces) states unlikely (20–45 %)",
                        "the model gives 0 %, almost no chance (0–5 %): 2 bands apart.");
        assertThat(outIsEmpty()).isTrue();
    }

    @Test
    void aKilledRunsWorkFolderIsRemovedByTheNextPublishAndADeletedVersionIsReportedMissingAndPublishedAnew()
            throws IOException {
        String db = "cli-" + UUID.randomUUID();
        Path jobs = Path.of("jobs");
        Path templates = Path.of("report-templates");
        assertThat(runOn(db, jobs, templates, "events", "import",
                Path.of("data/sample/syria-2025/events.jsonl").toString()).exitCode()).isZero();
        // As `kill -9` leaves it: part of the files, and the lock file its dead process no longer holds.
        Path period = dir.resolve("out/syria-weekly/2025-W48");
        Path killed = Files.createDirectories(period.resolve(".v1.partial-" + UUID.randomUUID()));
        Files.writeString(killed.resolve("syria-weekly-2025-W48-v1.md"), "# half");
        Files.createFile(killed.resolveSibling(killed.getFileName() + ".lock"));

        Run first = runOn(db, jobs, templates, "publish", "syria-weekly", "--period", "2025-W48");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Published syria-weekly 2025-W48 v1:");
        assertThat(entries(period)).as("the killed run's folder and lock file are gone").containsExactly("v1");
        Run intact = runOn(db, jobs, templates, "editions", "verify", "--all");
        assertThat(intact.out()).contains("intact  syria-weekly 2025-W48 v1", "1 version(s) checked, 0 damaged")
                .doesNotContain("abandoned");

        deleteTree(period.resolve("v1"));
        Run verify = runOn(db, jobs, templates, "editions", "verify", "--all");
        assertThat(verify.exitCode()).isEqualTo(7);
        assertThat(verify.out()).contains("the version's folder is gone");
        Run reindex = runOn(db, jobs, templates, "archive", "reindex");
        assertThat(reindex.out()).contains("MISSING  syria-weekly 2025-W48 v1: its folder", "1 newly missing");
        Run missing = runOn(db, jobs, templates, "editions", "verify", "--all");
        assertThat(missing.exitCode()).isEqualTo(7);
        assertThat(missing.out()).contains("MISSING syria-weekly 2025-W48 v1", "(MISSING since ");

        Run again = runOn(db, jobs, templates, "publish", "syria-weekly", "--period", "2025-W48");

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("Nothing changed").contains("Published syria-weekly 2025-W48 v2:");
        assertThat(entries(period)).containsExactly("v2");
        assertThat(runOn(db, jobs, templates, "editions", "list", "--job", "syria-weekly").out())
                .containsPattern("v1\\s+MISSING").containsPattern("v2\\s+PUBLISHED");
    }

    private static java.util.List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    @Test
    void executionsListShowsTheRunsNewestFirstAndRefusesAnUnknownStatusWithExit2() {
        String db = "cli-executions-" + UUID.randomUUID();
        Path jobs = Path.of("jobs");
        Path templates = Path.of("report-templates");
        assertThat(runOn(db, jobs, templates, "executions", "list").out()).contains("0 execution(s)");

        Run published = runOn(db, jobs, templates, "jobs", "run", "syria-weekly", "--period", "2025-W48");
        assertThat(published.exitCode()).isZero();
        assertThat(published.out()).contains("Published syria-weekly 2025-W48 v1:");

        Run list = runOn(db, jobs, templates, "executions", "list", "--job", "syria-weekly");
        assertThat(list.out()).containsPattern("\\d+ syria-weekly +2025-W48 COMPLETED +start \\S+ end \\S+ exit COMPLETED")
                .contains("1 execution(s)");
        Run bad = runOn(db, jobs, templates, "executions", "list", "--status", "DONE");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("'DONE' is not a status");
        Run recover = runOn(db, jobs, templates, "executions", "recover", "--older-than", "10m");
        assertThat(recover.out()).contains("0 execution(s) recovered");
    }

    @Test
    void judgmentsAddListShowAndDueAndABadFileIsExit4WithFileAndLine() throws IOException {
        String db = "cli-judgments-" + UUID.randomUUID();
        Path jobs = Path.of("jobs");
        Path templates = Path.of("report-templates");
        Path sample = Path.of("data/sample/syria-2025");
        assertThat(runOn(db, jobs, templates, "events", "import", sample.resolve("events.jsonl").toString())
                .exitCode()).isZero();
        Run added = runOn(db, jobs, templates, "judgments", "add",
                sample.resolve("judgments/kj-no-full-exit.md").toString(),
                sample.resolve("judgments/kj-no-full-exit.rev2.md").toString());
        Path due = Files.writeString(dir.resolve("due.md"), """
                ---
                id: cli-due
                job: syria-weekly
                section: risks
                title: Due
                from: 2025-W40
                review-by: 2025-W44
                confidence: low
                ---
                Text [@shafaq-2025-putin-sharaa].
                """);
        runOn(db, jobs, templates, "judgments", "add", due.toString());
        Path bad = Files.writeString(dir.resolve("bad.md"), Files.readString(due).replace("cli-due", "cli-bad")
                .replace("@shafaq-2025-putin-sharaa", "@no-such-key"));

        assertThat(added.exitCode()).isZero();
        assertThat(added.out()).contains("kj-no-full-exit stored as revision 1", "kj-no-full-exit stored as revision 2");
        assertThat(runOn(db, jobs, templates, "judgments", "list").out()).contains("kj-no-full-exit  r2  key-judgment",
                "cli-due  r1");
        assertThat(runOn(db, jobs, templates, "judgments", "list", "--due").out()).contains("cli-due")
                .doesNotContain("kj-no-full-exit");
        assertThat(runOn(db, jobs, templates, "judgments", "show", "kj-no-full-exit").out())
                .contains("kj-no-full-exit r1", "kj-no-full-exit r2", "revised: 2025-W48",
                        "likelihood: very likely (80–95 %)");
        Run refused = runOn(db, jobs, templates, "judgments", "add", bad.toString());
        assertThat(refused.exitCode()).isEqualTo(4);
        assertThat(refused.err()).contains("bad.md:10: unknown citation [@no-such-key]");
    }

    @Test
    void backtestOfACsvWritesAModelCardAndABadRowIsNamedWithItsLine() throws IOException {
        StringBuilder csv = new StringBuilder("period,count\n");
        for (int week = 1; week <= 52; week++) {
            csv.append(String.format("2024-W%02d,%d%n", week, 5 + week % 3 + (week % 7 == 0 ? 6 : 0)));
        }
        Path counts = Files.writeString(dir.resolve("convoys.csv"), csv);
        Path report = dir.resolve("report.md");

        Run r = run("backtest", "--input", counts.toString(), "--horizons", "1,4", "--origins-from", "2024-W30",
                "--format", "md", "--out", report.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        String card = Files.readString(report);
        assertThat(card).contains("# Forecast evaluation: convoys.csv", "## Skill of `auto`",
                "| convoys | 2024-W01 | 2024-W52 | 52 |");
        assertThat(card).containsPattern("\\| convoys \\| 1 \\| \\d\\.\\d{3} \\| \\d\\.\\d{3} \\|");
        assertThat(r.out()).contains("convoys", "naive", "mean12", "auto");

        Files.writeString(counts, "period,count\n2024-W01,4\n2024-W02,four\n");
        Run bad = run("backtest", "--input", counts.toString());
        assertThat(bad.exitCode()).as("a malformed input file is a usage error").isEqualTo(2);
        assertThat(bad.err()).contains("convoys.csv").contains("line 3, field count: 'four' is not a whole number");
    }

    /** Two series in the long format, weeks 2024-W01 onwards; the second starts 10 weeks later. */
    private Path longCounts(String name, int weeks) throws IOException {
        StringBuilder csv = new StringBuilder("series,period,count\n");
        for (int i = 0; i < weeks; i++) {
            String week = dev.sitrep.core.IsoWeek.parse("2024-W01").plusWeeks(i).toString();
            csv.append("convoys,").append(week).append(',').append(5 + i % 3 + (i % 7 == 0 ? 6 : 0)).append('\n');
            if (i >= 10) {
                csv.append("strikes,").append(week).append(',').append(20 + (i * 7) % 11 + i / 4).append('\n');
            }
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @Test
    void backtestUntilAWeekGivesTheRowsOfTheFileCutAfterIt() throws IOException {
        Path full = longCounts("full.csv", 70);
        Path cut = longCounts("cut.csv", 40);  // up to 2024-W40

        Run until = run("backtest", "--input", full.toString(), "--until", "2024-W40", "--origins-from", "2024-W25",
                "--out", dir.resolve("until.csv").toString());
        Run shorter = run("backtest", "--input", cut.toString(), "--origins-from", "2024-W25",
                "--out", dir.resolve("cut-rows.csv").toString());

        assertThat(until.exitCode()).as(until.err()).isZero();
        assertThat(shorter.exitCode()).as(shorter.err()).isZero();
        String rows = Files.readString(dir.resolve("until.csv"));
        assertThat(rows).isEqualTo(Files.readString(dir.resolve("cut-rows.csv"))).contains(",2024-W40,")
                .doesNotContain(",2024-W41,");
        Run before = run("backtest", "--input", full.toString(), "--until", "2023-W40");
        assertThat(before.exitCode()).isEqualTo(2);
        assertThat(before.err()).contains("--until 2023-W40 leaves no weeks");
    }

    @Test
    void backtestReportWritesTheSameModelCardTwiceMarkdownAndPdfAWithItsCharts() throws Exception {
        Path counts = longCounts("counts.csv", 60);
        Run first = run("backtest", "--input", counts.toString(), "--horizons", "1,4", "--report",
                dir.resolve("card1").toString(), "--out", dir.resolve("rows.csv").toString());
        Run second = run("backtest", "--input", counts.toString(), "--horizons", "1,4", "--report",
                dir.resolve("card2").toString(), "--out", dir.resolve("rows.csv").toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        String md = Files.readString(dir.resolve("card1/model-card.md"));
        assertThat(md).contains("# Forecast evaluation: counts.csv", "| series | first week | last week |",
                "| series | h | auto / naive | auto / mean12 | verdict |", "| h | model | n | MAE | RMSE | MASE | CRPS |",
                "## Calibration", "](chart-calibration.svg)", "## Fan charts", "](chart-fan-convoys.svg)",
                "](chart-fan-strikes.svg)", "`ensemble`");
        for (String chart : java.util.List.of("chart-calibration.svg", "chart-fan-convoys.svg",
                "chart-fan-strikes.svg")) {
            assertThat(Files.readString(dir.resolve("card1").resolve(chart))).contains("<svg");
        }
        byte[] pdf = Files.readAllBytes(dir.resolve("card1/model-card.pdf"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("Forecast evaluation: counts.csv", "Skill of auto against the baselines");
        }
        dev.sitrep.testing.PdfA.assertCompliant(pdf);
        try (Stream<Path> files = Files.list(dir.resolve("card1"))) {
            for (Path f : files.toList()) {
                assertThat(Files.readAllBytes(dir.resolve("card2").resolve(f.getFileName())))
                        .as("%s is the same bytes on a second run", f.getFileName()).isEqualTo(Files.readAllBytes(f));
            }
        }
    }

    @Test
    void aMissingArgumentIsAUsageErrorWithExitCode2() {
        Run r = run("publish", "syria-weekly");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required option: '--period=<ISO week>'");
    }
}
