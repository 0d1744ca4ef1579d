package dev.sitrep.cli;

import dev.sitrep.jobs.Executions;
import dev.sitrep.jobs.JobAdmin;
import dev.sitrep.jobs.Schedules;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the scheduler (every job in jobs/*.yml publishes on its schedule) and the HTTP API "
                + "(on 127.0.0.1:8080 unless SITREP_HTTP_ADDRESS / SITREP_HTTP_PORT say otherwise). Ctrl-C stops.")
class ServeCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    ServeCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        spring.withWebServer();
        // The same reload as `sitrep jobs reload`: a job with a mistake is reported, the others run.
        JobsCommand.print(out, spring.bean(JobAdmin.class).reload());
        // Runs a crashed process left STARTED, once old enough that no live node can own them.
        spring.bean(Executions.class).recoverStale().forEach(e -> out.println("Recovered " + ExecutionsCommand.line(e)));
        Schedules schedules = spring.bean(Schedules.class);
        schedules.start();
        out.println("Scheduler running; API on http://" + spring.property("server.address") + ":"
                + spring.property("local.server.port") + "/api. Ctrl-C stops (a running edition finishes first).");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sitrep-serve-stop"));
        stopped.await();
        return 0;
    }
}
