package dev.sitrep.cli;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.archive.Reconciliation;
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
            description = "Bring the index in line with out/: index every complete version folder the database does "
                    + "not know, mark versions whose folder is gone MISSING (they stay listed; the next publish of "
                    + "the edition makes a new version), restore MISSING versions whose folder is back, and remove "
                    + "the work folders of killed runs that no live process owns.")
    static class Reindex implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        Reindex(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Reconciliation done = spring.bean(Editions.class).reindex();
            done.indexed().forEach(v -> out.println("indexed  " + name(v) + " (" + v.state() + ") from " + v.directory()));
            done.missing().forEach(v -> out.println("MISSING  " + name(v) + ": its folder " + v.directory() + " is gone "
                    + "(was it deleted or lost?); it stays in the index as MISSING, and the next `sitrep publish` of "
                    + "the edition makes a new version. Restore the folder from a copy and reindex to bring it back"));
            done.restored().forEach(v -> out.println("restored " + name(v) + " (" + v.state() + "): its folder is back"));
            done.removedStaging().forEach(p -> out.println("removed  " + p + ": a killed run's work folder, owned by "
                    + "no live process (no version was published from it)"));
            out.println("indexed " + done.indexed().size() + " version folder(s) from out/, " + done.missing().size()
                    + " newly missing, " + done.restored().size() + " restored, " + done.removedStaging().size()
                    + " abandoned work folder(s) removed");
            return 0;
        }
    }

    private static String name(EditionVersion v) {
        return v.jobId() + " " + v.period() + " v" + v.version();
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
