package dev.sitrep.cli;

import dev.sitrep.jobs.ExecutionSummary;
import dev.sitrep.jobs.Executions;
import dev.sitrep.jobs.JobStateException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "Runs of publishEdition and publishFlash (Spring Batch executions): list, restart a failed one, recover "
                + "those a crashed process left running.",
        subcommands = {ExecutionsCommand.ListExecutions.class, ExecutionsCommand.Restart.class,
                ExecutionsCommand.Recover.class})
class ExecutionsCommand {

    static String line(ExecutionSummary e) {
        return String.format(Locale.ROOT, "%6d %-20s %-8s %-9s start %s end %s exit %s%s", e.id(), e.job(), e.period(),
                e.status(), time(e.start()), time(e.end()), e.exitCode(),
                e.error() == null ? "" : "\n         " + (e.failedStep() == null ? "" : "failed in " + e.failedStep()
                        + ": ") + e.error());
    }

    private static String time(Instant t) {
        return t == null ? "-" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Executions, newest first.")
    static class ListExecutions implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "only this job's")
        String job;

        @Option(names = "--status", description = "only those with this status: COMPLETED, FAILED, STARTED, ...")
        String status;

        @Option(names = "--limit", defaultValue = "20", description = "at most N (default ${DEFAULT-VALUE})")
        int limit;

        ListExecutions(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<ExecutionSummary> executions = spring.bean(Executions.class).list(job, status, limit);
            executions.forEach(e -> out.println(line(e)));
            out.println(executions.size() + " execution(s)");
            out.flush();
            return 0;
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true,
            description = "Run a FAILED or STOPPED execution again from its failed step (exit 8 if it fails again).")
    static class Restart implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<execution id>")
        long id;

        Restart(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            ExecutionSummary e = spring.bean(Executions.class).restart(id);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Restarted " + id + " as:");
            out.println(line(e));
            out.flush();
            return e.status().equals("COMPLETED") ? 0 : JobStateException.EXIT_CODE;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = "Mark FAILED the executions a crashed process left STARTED (or STARTING, STOPPING), so "
                    + "they can be restarted. Only those with no update for --older-than (default 5m), since a "
                    + "live node's run must not be touched; --all when you know every node is down.")
    static class Recover implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true)
        Age age;

        static class Age {
            @Option(names = "--older-than", paramLabel = "<age>", description = "e.g. 10m, 2h (default: "
                    + "sitrep.executions.recover-after, 5m)")
            String olderThan;

            @Option(names = "--all", description = "every execution marked running: only when no node is running")
            boolean all;
        }

        Recover(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            Executions executions = spring.bean(Executions.class);
            List<ExecutionSummary> recovered = age == null ? executions.recoverStale()
                    : age.all ? executions.recover(null) : executions.recover(Executions.age(age.olderThan));
            PrintWriter out = spec.commandLine().getOut();
            recovered.forEach(e -> out.println("Recovered " + line(e)));
            out.println(recovered.size() + " execution(s) recovered");
            out.flush();
            return 0;
        }
    }
}
