package dev.sitrep.cli;

import dev.sitrep.events.EventLog;
import dev.sitrep.events.ImportReport;
import dev.sitrep.jobs.EditionPublisher;
import dev.sitrep.jobs.FlashPublisher;
import dev.sitrep.judgments.JudgmentAdded;
import dev.sitrep.judgments.Judgments;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample event log and judgments, then publish the sample edition and the flash "
                + "assessment of the sample's 26 Nov 2025 Hmeimim–Tartous convoy.")
class DemoCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    @Option(names = "--sample", defaultValue = "${sys:sitrep.home:-.}/data/sample/syria-2025",
            description = "sample folder (default: ${DEFAULT-VALUE})")
    Path sample;

    @Option(names = "--job", defaultValue = "syria-weekly", description = "job to publish (default: ${DEFAULT-VALUE})")
    String job;

    @Option(names = "--period", defaultValue = "2025-W48", description = "ISO week to publish (default: ${DEFAULT-VALUE})")
    String period;

    @Option(names = "--flash-event", defaultValue = "sy25-1126-hmeimim-tartous-convoy",
            description = "event to publish a flash assessment of (default: ${DEFAULT-VALUE})")
    String flashEvent;

    DemoCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path events = sample.resolve("events.jsonl");
        ImportReport report = spring.bean(EventLog.class).importFile(events, "sitrep-jsonl", false);
        out.println("Events    " + Paths.show(events) + ": " + report.counts());
        List<JudgmentAdded> added = spring.bean(Judgments.class).add(judgmentFiles(sample.resolve("judgments")));
        out.println("Judgments " + added.size() + " files, " + added.stream().filter(JudgmentAdded::changed).count()
                + " new or revised");
        PublishCommand.print(out, spring.bean(EditionPublisher.class).publish(job, period));
        PublishCommand.print(out, spring.bean(FlashPublisher.class).assess(flashEvent, job));
        return 0;
    }

    private static List<Path> judgmentFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }
}
