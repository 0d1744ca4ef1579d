package dev.sitrep.cli;

import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.JudgmentAdded;
import dev.sitrep.judgments.Judgments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "judgments", mixinStandardHelpOptions = true, description = "Analysts' judgments.",
        subcommands = {JudgmentsCommand.Add.class, JudgmentsCommand.ListJudgments.class, JudgmentsCommand.Show.class})
class JudgmentsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add judgment files (Markdown with YAML front matter); all or nothing.")
    static class Add implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;

        Add(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            for (JudgmentAdded added : spring.bean(Judgments.class).add(files)) {
                spec.commandLine().getOut().println(added);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Each judgment at its latest revision; with --due, those past their review-by week.")
    static class ListJudgments implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--due", description = "only judgments past their review-by week that still stand")
        boolean due;

        @Option(names = "--job", paramLabel = "JOB", description = "only judgments of this job")
        String job;

        ListJudgments(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Judgment j : spring.bean(Judgments.class).list(due)) {
                if (job == null || j.jobs().contains(job)) {
                    out.println(String.join("  ", j.id(), "r" + j.revision(), j.section(), j.from() + "–"
                            + (j.until() == null ? "" : j.until()), "review-by " + (j.reviewBy() == null ? "–"
                            : j.reviewBy()), String.join(",", j.jobs()), j.title()));
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Every revision of one judgment.")
    static class Show implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID")
        String id;

        Show(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            for (Judgment j : spring.bean(Judgments.class).revisions(id)) {
                out.println("## " + j.id() + " r" + j.revision() + " (recorded " + j.recorded() + ")");
                out.println("jobs: " + j.jobs() + "; section: " + j.section() + "; from: " + j.from()
                        + (j.until() == null ? "" : "; until: " + j.until())
                        + (j.revised() == null ? "" : "; revised: " + j.revised())
                        + (j.reviewBy() == null ? "" : "; review-by: " + j.reviewBy())
                        + "; confidence: " + j.confidence()
                        + (j.likelihood() == null ? "" : "; likelihood: " + dev.sitrep.core.Likelihood.describe(
                                j.likelihood())));
                out.println("title: " + j.title());
                out.println(j.body());
                out.println();
            }
            return 0;
        }
    }
}
