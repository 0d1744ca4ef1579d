package dev.sitrep.cli;

import dev.sitrep.events.EventLog;
import dev.sitrep.events.ImportReport;
import dev.sitrep.jobs.EditionPublisher;
import dev.sitrep.jobs.FlashPublisher;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "real-data", mixinStandardHelpOptions = true,
        description = "Import the real UCDP GED Syria events (../shared/data/ucdp-ged-syria), then publish job "
                + "syria-ucdp for 2018-W08 (the week of the Eastern Ghouta offensive) and the flash assessment of "
                + "that week's deadliest precisely dated event (Kafr Batna, 21 February 2018).")
class RealDataCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    @Option(names = "--file", description = "UCDP GED CSV (default: ${DEFAULT-VALUE})",
            defaultValue = "${sys:sitrep.home:-.}/../shared/data/ucdp-ged-syria/ged-syria-2016-01_2018-07-01.csv")
    Path file;

    @Option(names = "--job", defaultValue = "syria-ucdp", description = "job to publish (default: ${DEFAULT-VALUE})")
    String job;

    @Option(names = "--period", defaultValue = "2018-W08", description = "ISO week to publish (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = "--flash-event", defaultValue = "ucdp:261812",
            description = "event to publish a flash assessment of (default: ${DEFAULT-VALUE})")
    String flashEvent;

    RealDataCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no UCDP GED file at " + file
                    + ": give its path with --file (the data set is described in shared/data/ucdp-ged-syria/README.md)");
        }
        PrintWriter out = spec.commandLine().getOut();
        ImportReport report = spring.bean(EventLog.class).importFile(file, "ucdp-ged", false);
        out.println("Events    " + Paths.show(file) + ": " + report.counts());
        PublishCommand.print(out, spring.bean(EditionPublisher.class).publish(job, period));
        PublishCommand.print(out, spring.bean(FlashPublisher.class).assess(flashEvent, job));
        return 0;
    }
}
