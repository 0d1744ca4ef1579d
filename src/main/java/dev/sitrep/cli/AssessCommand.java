package dev.sitrep.cli;

import dev.sitrep.jobs.FlashPublisher;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Publish the flash assessment of one logged event (a new version only if its content changed), "
                + "and deliver it to the job's subscribers who opted into flash alerts.")
class AssessCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<event-id>", description = "id of the event, e.g. sy25-1126-hmeimim-tartous-convoy")
    String eventId;

    @Option(names = "--job", paramLabel = "<job>",
            description = "job to assess it under (default: the first job whose scope holds the event)")
    String job;

    AssessCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        PublishCommand.print(spec.commandLine().getOut(), spring.bean(FlashPublisher.class).assess(eventId, job));
        return 0;
    }
}
