package dev.sitrep.cli;

import dev.sitrep.events.EventLog;
import dev.sitrep.events.ImportReport;
import dev.sitrep.jobs.GatherBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated data (run it with the database you want to measure).",
        subcommands = {BenchCommand.Import.class, BenchCommand.Gather.class, BenchCommand.Flash.class,
                BenchCommand.Analysis.class,
                BenchCommand.Render.class, BenchCommand.ArchiveList.class, BenchCommand.Republish.class, BenchCommand.Backtest.class,
                BenchCommand.Startup.class})
class BenchCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Generate N synthetic events (sitrep-csv, fixed seed) and import them into the configured "
                    + "database; prints rows/s. Cap the heap with SITREP_JAVA_OPTS=-Xmx256m to check the memory target.")
    static class Import implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "1000000", description = "how many (default: ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--seed", defaultValue = "20251126", description = "generator seed (default: ${DEFAULT-VALUE})")
        long seed;

        Import(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            TimedImport timed = importSynthetic(spring.bean(EventLog.class), events, seed);
            ImportReport report = timed.report();
            double seconds = timed.seconds();
            out.printf(Locale.ROOT, "imported: %s%n", report.counts());
            out.printf(Locale.ROOT, "import: %.1f s, %.0f rows/s, within a heap capped at %.0f MB%n", seconds,
                    report.read() / seconds, Runtime.getRuntime().maxMemory() / 1e6);
            return 0;
        }
    }

    /** An import and how long it took, generating its file left out. */
    record TimedImport(ImportReport report, double seconds) {
    }

    /** Writes N synthetic events to a temporary file and imports them, timing the import alone. */
    static TimedImport importSynthetic(EventLog log, int events, long seed) throws IOException {
        Path file = Files.createTempFile("sitrep-bench-", ".csv");
        try {
            SyntheticEvents.write(file, events, seed);
            return timedImport(log, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static TimedImport timedImport(EventLog log, Path file) {
        long t0 = System.nanoTime();
        ImportReport report = log.importFile(file, "sitrep-csv", false, rows -> { });
        return new TimedImport(report, (System.nanoTime() - t0) / 1e9);
    }

    @Command(name = "gather", mixinStandardHelpOptions = true,
            description = "Import N synthetic events over the 52 weeks to 2025-W48 (unless the log already has "
                    + "them), then time the gather step's pass for a period against PostgreSQL's raw COPY of "
                    + "the same rows. Cap the heap with SITREP_JAVA_OPTS=-Xmx256m to check the memory target.")
    static class Gather implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "1000000", description = "how many (default: ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--job", defaultValue = "syria-weekly", description = "job (default: ${DEFAULT-VALUE})")
        String job;

        @Option(names = "--period", defaultValue = "2025-W48", description = "period (default: ${DEFAULT-VALUE})")
        String period;

        Gather(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            EventLog log = spring.bean(EventLog.class);
            if (!log.hasEvent("bench-" + (events - 1))) {
                out.println("imported: " + importSynthetic(log, events, 20251126L).report().counts());
            }
            GatherBenchmark.Result r = spring.bean(GatherBenchmark.class).run(job, period);
            out.printf(Locale.ROOT, "gather %s %s: %.2f s (%d events of the period kept), heap capped at %.0f MB%n",
                    job, period, r.gatherSeconds(), r.keptEvents(), Runtime.getRuntime().maxMemory() / 1e6);
            if (r.copyRows() < 0) {
                out.println("raw COPY of the same rows: PostgreSQL only (set SITREP_DB_URL to compare)");
            } else {
                out.printf(Locale.ROOT, "raw COPY of the same rows: %.2f s (%d rows); gather / COPY = %.1f%n",
                        r.copySeconds(), r.copyRows(), r.gatherSeconds() / r.copySeconds());
            }
            return 0;
        }
    }

    @Command(name = "flash", mixinStandardHelpOptions = true,
            description = "Import N synthetic events over the 52 weeks to 2025-W48 (unless the log already has them), "
                    + "then time a flash assessment of one of them, warm: the indexed read of its related events, "
                    + "the whole gather, analysis, compose and render (not the archive write).")
    static class Flash implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "1000000", description = "how many (default: ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--job", defaultValue = "syria-weekly", description = "job (default: ${DEFAULT-VALUE})")
        String job;

        @Option(names = "--event", description = "event to assess (default: bench-<N-1>, the last generated)")
        String event;

        @Option(names = "--runs", defaultValue = "5", description = "timed runs after 2 warm-ups (default: ${DEFAULT-VALUE})")
        int runs;

        Flash(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            EventLog log = spring.bean(EventLog.class);
            if (!log.hasEvent("bench-" + (events - 1))) {
                out.println("imported: " + importSynthetic(log, events, 20251126L).report().counts());
            }
            String id = event == null ? "bench-" + (events - 1) : event;
            dev.sitrep.jobs.FlashBenchmark.Result r = spring.bean(dev.sitrep.jobs.FlashBenchmark.class)
                    .run(job, id, 2, runs);
            out.printf(Locale.ROOT, "flash %s %s in a log of %d events, median of %d warm runs:%n", job, id, events,
                    runs);
            out.printf(Locale.ROOT, "  related events (indexed read of the baseline window): %.0f ms, %d events "
                    + "(target <= 200 ms)%n", r.relatedMs(), r.related());
            out.printf(Locale.ROOT, "  gather (event, related history, judgments, the series behind the job's scenarios): %.0f ms, "
                    + "of which those series about %.0f ms (timed on its own)%n", r.gatherMs(), r.seriesPassMs());
            out.printf(Locale.ROOT, "  trend + prognosis %.0f ms, compose %.0f ms, render %.0f ms%n", r.analysisMs(),
                    r.composeMs(), r.renderMs());
            out.printf(Locale.ROOT, "  total %.0f ms (target <= 2000 ms)%n", r.totalMs());
            return 0;
        }
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true,
            description = "Count N synthetic events over the 52 weeks to 2025-W48 with one tracked series per "
                    + "actor, then time the trend and prognosis stages (every series backtested) over several "
                    + "runs after a warm-up. Needs no database.")
    static class Analysis implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "1000000", description = "how many (default: ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--series", defaultValue = "500", description = "tracked series, one per actor "
                + "(default: ${DEFAULT-VALUE})")
        int series;

        @Option(names = "--runs", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            AnalysisBenchmark.Result r = AnalysisBenchmark.run(events, series, runs, 20251126L);
            out.printf(Locale.ROOT, "counted %d events into %d trend rows and %d series in %.2f s%n", r.events(),
                    r.countRows(), r.series(), r.countSeconds());
            double[] total = r.totalSeconds();
            out.printf(Locale.ROOT, "trend + prognosis: median %.3f s over %d runs (min %.3f, max %.3f); "
                            + "trend %.3f s, prognosis %.3f s (medians)%n", AnalysisBenchmark.Result.median(total),
                    runs, Arrays.stream(total).min().orElse(0), Arrays.stream(total).max().orElse(0),
                    AnalysisBenchmark.Result.median(r.trendSeconds()),
                    AnalysisBenchmark.Result.median(r.prognosisSeconds()));
            return 0;
        }
    }

    @Command(name = "render", mixinStandardHelpOptions = true,
            description = "Render a large synthetic edition (N cited events in the period, seven charts) to "
                    + "Markdown and PDF with the weekly template, warm, several times; --out writes its Markdown, "
                    + "charts and PDF to compare another renderer against. Needs no database.")
    static class Render implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--events", defaultValue = "220", description = "cited events in the period "
                + "(default: ${DEFAULT-VALUE})")
        int events;

        @Option(names = "--runs", defaultValue = "5", description = "timed runs after three warm-up runs "
                + "(default: ${DEFAULT-VALUE})")
        int runs;

        @Option(names = "--out", description = "write bench-edition.md, its charts and bench-edition.pdf here")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter print = spec.commandLine().getOut();
            Path templates = Path.of(System.getProperty("sitrep.templates-dir", "report-templates"));
            RenderBenchmark.Result r = RenderBenchmark.run(templates.resolve("weekly-assessment"), events, runs);
            double[] ms = Arrays.stream(r.seconds()).map(s -> s * 1000).sorted().toArray();
            print.printf(Locale.ROOT, "rendered a %d-page edition (%d cited events, %d charts): median %.0f ms over "
                    + "%d warm runs (min %.0f, max %.0f)%n", r.pages(), r.events(), r.charts(), ms[ms.length / 2],
                    runs, ms[0], ms[ms.length - 1]);
            if (out != null) {
                print.println("wrote " + RenderBenchmark.write(r.edition(), out));
            }
            return 0;
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Time `editions list` over an index of N versions (rows of a throwaway job, removed "
                    + "afterwards), on the configured database.")
    static class ArchiveList implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--versions", defaultValue = "10000", description = "versions in the index (default: ${DEFAULT-VALUE})")
        int versions;

        @Option(names = "--runs", defaultValue = "9", description = "timed listings (default: ${DEFAULT-VALUE})")
        int runs;

        ArchiveList(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            var r = spring.bean(dev.sitrep.archive.ArchiveBenchmark.class).run(versions, runs);
            double[] ms = r.millis();
            spec.commandLine().getOut().printf(Locale.ROOT, "listed %d versions: median %.1f ms over %d runs "
                    + "(min %.1f, max %.1f)%n", r.listed(), ms[ms.length / 2], runs, ms[0], ms[ms.length - 1]);
            return 0;
        }
    }

    @Command(name = "republish", mixinStandardHelpOptions = true,
            description = "Time re-runs of publishEdition for an edition that is already published and unchanged "
                    + "(run `sitrep demo` first): the content-hash check that ends the job before rendering.")
    static class Republish implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", defaultValue = "syria-weekly", description = "job (default: ${DEFAULT-VALUE})")
        String job;

        @Option(names = "--period", defaultValue = "2025-W48", description = "period (default: ${DEFAULT-VALUE})")
        String period;

        @Option(names = "--runs", defaultValue = "5", description = "timed re-runs (default: ${DEFAULT-VALUE})")
        int runs;

        Republish(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            var publisher = spring.bean(dev.sitrep.jobs.EditionPublisher.class);
            double[] ms = new double[runs];
            for (int r = -1; r < runs; r++) {
                long t0 = System.nanoTime();
                var outcome = publisher.publish(job, period);
                if (outcome.published()) {
                    out.println("published " + job + " " + period + " v" + outcome.version()
                            + " (it had changed); timing the re-runs after it");
                }
                if (r >= 0) {
                    ms[r] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            out.printf(Locale.ROOT, "unchanged re-run of %s %s: median %.0f ms over %d runs (min %.0f, max %.0f)%n",
                    job, period, ms[ms.length / 2], runs, ms[0], ms[ms.length - 1]);
            return 0;
        }
    }

    @Command(name = "backtest", mixinStandardHelpOptions = true,
            description = "Time the forecast evaluation: S synthetic series (fixed seed; level shifts, overdispersed) "
                    + "of 150 + 16 weeks, 150 target weeks each, horizons 1..8, every model. Needs no database.")
    static class Backtest implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--series", defaultValue = "19", description = "how many (default: ${DEFAULT-VALUE})")
        int series;

        @Option(names = "--runs", defaultValue = "3", description = "timed runs after a warm-up (default: ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() {
            var random = org.hipparchus.random.RandomDataGenerator.of(new org.hipparchus.random.Well19937c(20251126L));
            var first = dev.sitrep.core.IsoWeek.parse("2016-W01");
            java.util.List<dev.sitrep.analysis.prognosis.CountSeries> data = new java.util.ArrayList<>();
            for (int s = 0; s < series; s++) {
                java.util.List<Integer> counts = new java.util.ArrayList<>();
                double level = 5 + 100 * random.nextUniform(0, 1);
                for (int w = 0; w < 166; w++) {
                    if (w % 40 == 39) {
                        level *= random.nextUniform(0.5, 2);
                    }
                    counts.add((int) random.nextPoisson(random.nextGamma(4, level / 4)));
                }
                data.add(new dev.sitrep.analysis.prognosis.CountSeries("s" + s, first, counts));
            }
            var settings = new dev.sitrep.analysis.prognosis.BacktestSettings(java.util.List.of(1, 2, 3, 4, 5, 6, 7, 8),
                    first.plusWeeks(16), dev.sitrep.analysis.prognosis.BacktestSettings.allModels(), 8);
            dev.sitrep.analysis.prognosis.Backtest.run(data, settings);
            double[] seconds = new double[runs];
            int rows = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                rows = dev.sitrep.analysis.prognosis.Backtest.run(data, settings).rows().size();
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            Arrays.sort(seconds);
            spec.commandLine().getOut().printf(Locale.ROOT, "backtest of %d series x 150 targets x horizons 1..8 x "
                    + "%d models (%d forecasts): median %.2f s over %d runs (target <= 2 s)%n", series,
                    settings.models().size(), rows, seconds[runs / 2], runs);
            return 0;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = "Time whole processes of the launcher (help and the read-only verbs, on the configured "
                    + "database), each beside `java -version`: medians, the ratio to that anchor, and the goal.")
    static class Startup implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--runs", defaultValue = "5", description = "timed pairs per verb (default: ${DEFAULT-VALUE})")
        int runs;

        @Override
        public Integer call() throws IOException, InterruptedException {
            PrintWriter out = spec.commandLine().getOut();
            StartupBenchmark bench = StartupBenchmark.here();
            out.printf(Locale.ROOT, "%-20s %10s %14s %8s %8s%n", "verb", "median s", "java -version", "ratio", "goal s");
            for (StartupBenchmark.Verb verb : StartupBenchmark.VERBS) {
                StartupBenchmark.Timing t = bench.time(verb, runs);
                out.printf(Locale.ROOT, "%-20s %10.3f %14.3f %8.1f %8.1f%s%n", t.verb(), t.medianSeconds(),
                        t.anchorSeconds(), t.ratio(), t.goalSeconds(), t.medianSeconds() <= t.goalSeconds() ? ""
                                : "  over the goal");
                out.flush();
            }
            return 0;
        }
    }
}
