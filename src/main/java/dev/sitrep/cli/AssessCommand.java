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

    @Parameters(index = "0", arity = "0..1", paramLabel = "<event-id>",
            description = "id of the event, e.g. sy25-1126-hmeimim-tartous-convoy")
    String eventId;

    @Option(names = "--restart", paramLabel = "<execution id>",
            description = "run a failed publishFlash execution again from its failed step, with the same parameters")
    Long restart;

    @Option(names = "--job", paramLabel = "<job>",
            description = "job to assess it under (default: the job whose flash rule matches the event, else the "
                    + "only or first job whose scope holds it; the choice is printed)")
    String job;

    AssessCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        if ((eventId == null) == (restart == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give an event id to assess, or --restart <execution id> (not both)");
        }
        FlashPublisher flash = spring.bean(FlashPublisher.class);
        if (restart == null) {
            spec.commandLine().getOut().println("Job " + (job != null ? job + ": as asked (--job)" : flash.jobFor(eventId)));
        }
        PublishCommand.print(spec.commandLine().getOut(), restart != null ? flash.restart(restart)
                : flash.assess(eventId, job));
        return 0;
    }
}
