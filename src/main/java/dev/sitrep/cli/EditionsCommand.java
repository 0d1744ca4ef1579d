package dev.sitrep.cli;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.ArchiveReading;
import dev.sitrep.archive.Editions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "editions", mixinStandardHelpOptions = true,
        description = "Published editions: list, show, get, compare and verify versions; review drafts.",
        subcommands = {EditionsCommand.ListEditions.class, EditionsCommand.Show.class, EditionsCommand.Get.class,
                EditionsCommand.Diff.class, EditionsCommand.Verify.class, ReviewCommands.ListDrafts.class,
                ReviewCommands.ShowReview.class, ReviewCommands.Approve.class, ReviewCommands.SendBack.class})
class EditionsCommand {

    static String line(EditionVersion v) {
        return String.format(Locale.ROOT, "%-20s %-8s v%-3d %-11s as of %s  content %s", v.jobId(), v.period(),
                v.version(), v.state(), v.asOf(), v.contentHash().substring(0, 12));
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List versions, by job, period and version.")
    static class ListEditions implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "only this job")
        String job;

        @Option(names = "--from", paramLabel = "<ISO week>", description = "from this period on")
        String from;

        @Option(names = "--to", paramLabel = "<ISO week>", description = "up to this period")
        String to;

        ListEditions(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<EditionVersion> versions = spring.reader(ArchiveReading.class).bean(Editions.class).list(job, from, to);
            versions.forEach(v -> out.println(line(v)));
            out.println(versions.size() + " version(s)");
            return 0;
        }
    }

    @Command(name = "show",
            description = "One version (the latest published by default) and its files.")
    static class Show implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        // Their own --version (which edition) replaces picocli's, and with it the standard help option.
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--version", paramLabel = "N", description = "this version (default: the latest published)")
        String version;

        Show(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Editions editions = spring.reader(ArchiveReading.class).bean(Editions.class);
            EditionVersion v = editions.find(job, period, version == null ? null : EditionNames.version(version));
            out.println(line(v));
            out.println("inputs " + v.inputsHash());
            editions.files(v).forEach((name, size) -> out.printf(Locale.ROOT, "  %-52s %,10d bytes%n", name, size));
            return 0;
        }
    }

    @Command(name = "get",
            description = "Copy a version's PDF or Markdown (or any of its files) to a file, or - for standard output.")
    static class Get implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        // Their own --version (which edition) replaces picocli's, and with it the standard help option.
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--version", paramLabel = "N", description = "this version (default: the latest published)")
        String version;

        @Option(names = "--format", required = true, description = "pdf, md, or a file name such as events.csv")
        String format;

        @Option(names = "--to", required = true, paramLabel = "FILE", description = "where to write it (- for stdout)")
        String to;

        Get(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() throws IOException {
            Editions editions = spring.bean(Editions.class);
            EditionVersion v = editions.find(job, period, version == null ? null : EditionNames.version(version));
            Path file = editions.file(v, format);
            if ("-".equals(to)) {
                System.out.write(Files.readAllBytes(file));
                System.out.flush();
            } else {
                Files.copy(file, Path.of(to), StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getOut().println("wrote " + to + " (" + file.getFileName() + ")");
            }
            return 0;
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "What changed between two versions: files, then the Markdown as a unified diff.")
    static class Diff implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        @Parameters(index = "2", paramLabel = "N")
        String from;

        @Parameters(index = "3", paramLabel = "M")
        String to;

        Diff(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Editions.Comparison c = spring.bean(Editions.class).diff(job, period, EditionNames.version(from),
                    EditionNames.version(to));
            c.files().forEach(out::println);
            out.print(c.markdownDiff());
            return 0;
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check versions' files against their manifests (SHA-256 and size); exit 7 when any is not intact.")
    static class Verify implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @ArgGroup(multiplicity = "1")
        Which which;

        @Option(names = "--regenerate", description = "also make each version again from its recorded inputs "
                + "(the log and judgments as of its time) and compare the bytes")
        boolean regenerate;

        static class Which {
            @Option(names = "--all", description = "every version in the archive")
            boolean all;

            @Parameters(arity = "3", paramLabel = "JOB PERIOD N")
            List<String> one;
        }

        Verify(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Editions editions = spring.bean(Editions.class);
            List<EditionVersion> versions = which.all
                    ? editions.list(null, null, null).stream().filter(v -> v.state() == dev.sitrep.archive.EditionState.PUBLISHED
                    || v.state() == dev.sitrep.archive.EditionState.SUPERSEDED
                    || v.state() == dev.sitrep.archive.EditionState.MISSING).toList()
                    : List.of(editions.find(which.one.get(0), which.one.get(1), EditionNames.version(which.one.get(2))));
            int broken = 0;
            for (EditionVersion v : versions) {
                Editions.Verification checked = editions.verify(v);
                List<String> problems = new java.util.ArrayList<>(checked.problems());
                if (regenerate && checked.intact()) {
                    spring.bean(dev.sitrep.jobs.EditionRegenerator.class).regenerate(v)
                            .forEach(d -> problems.add("regenerated: " + d));
                }
                Editions.Verification result = new Editions.Verification(v, problems);
                if (result.intact()) {
                    out.println("intact  " + v.jobId() + " " + v.period() + " v" + v.version());
                } else {
                    broken++;
                    out.println((v.state() == dev.sitrep.archive.EditionState.MISSING ? "MISSING " : "DAMAGED ")
                            + v.jobId() + " " + v.period() + " v" + v.version());
                    result.problems().forEach(p -> out.println("  " + p));
                }
            }
            out.println(versions.size() + " version(s) checked, " + broken + " damaged");
            if (which.all) {
                // Not a version's damage, so not in the count or the exit code; but left over, so said.
                List<java.nio.file.Path> abandoned = editions.abandonedWorkFolders();
                abandoned.forEach(p -> out.println("abandoned " + p + ": the work folder of a killed run, owned by no "
                        + "live process; the next publish of its edition or `sitrep archive reindex` removes it"));
            }
            return broken == 0 ? 0 : dev.sitrep.archive.ArchiveException.EXIT_CODE;
        }
    }
}
