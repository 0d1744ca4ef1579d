package dev.sitrep.cli;

import dev.sitrep.jobs.EditionPublisher;
import dev.sitrep.jobs.PublishOutcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Publish the edition of a job for a period (a new version only if its content changed).")
class PublishCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<job>", description = "job id, as in jobs/<job>.yml")
    String job;

    @Option(names = "--period", required = true, paramLabel = "<ISO week>", description = "e.g. 2025-W48")
    String period;

    PublishCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() {
        print(spec.commandLine().getOut(), spring.bean(EditionPublisher.class).publish(job, period));
        return 0;
    }

    static void print(PrintWriter out, PublishOutcome o) {
        if (o.draft()) {
            out.println((o.published() ? "Drafted " : "Nothing changed since the draft ") + o.jobId() + " " + o.period()
                    + " v" + o.version() + ": it awaits review (not published, not delivered). Read the review report "
                    + "with `sitrep editions review " + o.jobId() + " " + o.period() + "`, then `sitrep editions approve "
                    + o.jobId() + " " + o.period() + "` or `sitrep editions send-back " + o.jobId() + " " + o.period()
                    + " --comment \"…\"`. Draft files:");
        } else if (o.published()) {
            out.println("Published " + o.jobId() + " " + o.period() + " v" + o.version() + ":");
        } else {
            out.println("Nothing changed since " + o.jobId() + " " + o.period() + " v" + o.version()
                    + ": no new version published. Latest:");
        }
        o.files().forEach(f -> out.println("  " + Paths.show(f)));
        out.flush();
    }
}
