package dev.sitrep.cli;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.jobs.Retention;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "archive", mixinStandardHelpOptions = true, description = "The archive's index and retention.",
        subcommands = {ArchiveCommand.Reindex.class, ArchiveCommand.Prune.class})
class ArchiveCommand {

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = "Rebuild the index from out/: every complete version folder the database does not know.")
    static class Reindex implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        Reindex(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            int added = spring.bean(Editions.class).reindex();
            spec.commandLine().getOut().println("indexed " + added + " version folder(s) from out/");
            return 0;
        }
    }

    @Command(name = "prune", mixinStandardHelpOptions = true,
            description = "Apply a job's retention: keep the last K superseded versions of each period and delete "
                    + "older ones' folders (the latest published version is never touched; the index keeps them as "
                    + "PRUNED). K comes from --keep, or else from `retention: keep-superseded: K` in jobs/<job>.yml.")
    static class Prune implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", required = true)
        String job;

        @Option(names = "--keep", paramLabel = "K",
                description = "superseded versions to keep per period (default: the job's retention)")
        Integer keep;

        @Option(names = "--dry-run", description = "say what would be pruned, change nothing")
        boolean dryRun;

        Prune(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Retention.Outcome outcome = spring.bean(Retention.class).apply(job, keep, dryRun);
            if (outcome.keepsEverything()) {
                out.println(job + " keeps every version (jobs/" + job + ".yml has no retention: keep-superseded); "
                        + "nothing pruned. Give --keep K to prune once, or set the retention in the job.");
                return 0;
            }
            List<EditionVersion> pruned = outcome.pruned();
            out.println("keeping the last " + outcome.keepSuperseded() + " superseded version(s) per period of " + job);
            pruned.forEach(v -> out.println((dryRun ? "would prune " : "pruned ") + v.jobId() + " " + v.period()
                    + " v" + v.version()));
            out.println(pruned.size() + " version(s) " + (dryRun ? "would be pruned (dry run)" : "pruned"));
            return 0;
        }
    }
}
