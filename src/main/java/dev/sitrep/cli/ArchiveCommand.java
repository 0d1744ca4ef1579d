package dev.sitrep.cli;

import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
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
            description = "Keep the last K superseded versions of each period of a job and delete older ones' "
                    + "folders (the latest published version is never touched; the index keeps them as PRUNED).")
    static class Prune implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", required = true)
        String job;

        @Option(names = "--keep", required = true, paramLabel = "K", description = "superseded versions to keep per period")
        int keep;

        @Option(names = "--dry-run", description = "say what would be pruned, change nothing")
        boolean dryRun;

        Prune(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<EditionVersion> pruned = spring.bean(Editions.class).prune(job, keep, dryRun);
            pruned.forEach(v -> out.println((dryRun ? "would prune " : "pruned ") + v.jobId() + " " + v.period()
                    + " v" + v.version()));
            out.println(pruned.size() + " version(s) " + (dryRun ? "would be pruned (dry run)" : "pruned"));
            return 0;
        }
    }
}
