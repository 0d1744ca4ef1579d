package dev.sitrep.cli;

import dev.sitrep.events.EventLog;
import dev.sitrep.events.ImportReport;
import dev.sitrep.events.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, description = "The event log.",
        subcommands = EventsCommand.Import.class)
class EventsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import events; rejected lines are reported and kept in the quarantine table.")
    static class Import implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--format", defaultValue = "sitrep-jsonl", description = "sitrep-jsonl (default)")
        String format;

        @Option(names = "--dry-run", description = "check and count, store nothing")
        boolean dryRun;

        Import(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ImportReport report = spring.bean(EventLog.class).importFile(file, format, dryRun);
            out.println(Paths.show(file) + ": " + report.counts());
            for (Rejection r : report.rejections()) {
                out.println("  rejected " + r);
            }
            return 0;
        }
    }
}
