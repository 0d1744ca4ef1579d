package dev.sitrep.cli;

import dev.sitrep.jobs.JobAdmin;
import dev.sitrep.jobs.JobListing;
import dev.sitrep.jobs.JobReading;
import dev.sitrep.jobs.JobDefinitionException;
import dev.sitrep.jobs.JobStatus;
import dev.sitrep.jobs.Schedules;
import java.io.PrintWriter;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "The jobs of jobs/*.yml on the schedule: list, reload, pause, resume, run now.",
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Reload.class, JobsCommand.Pause.class,
                JobsCommand.Resume.class, JobsCommand.Run.class})
class JobsCommand {

    private static final DateTimeFormatter FIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    static void print(PrintWriter out, JobStatus job) {
        out.printf(Locale.ROOT, "%-24s %-14s %s%n", job.id(), job.state().label(),
                job.state() == JobStatus.State.ERROR ? job.error() : job.title());
        out.println("    last edition " + (job.lastEdition() == null ? "none" : job.lastEdition()));
        if (job.lastFlash() != null) {
            out.println("    last flash   " + job.lastFlash());
        }
        if (!job.nextFireTimes().isEmpty()) {
            ZonedDateTime first = job.nextFireTimes().get(0);
            out.println("    next " + job.nextFireTimes().stream().map(FIRE::format).collect(Collectors.joining(", "))
                    + " (" + first.getZone().getId() + ")");
        }
        out.flush();
    }

    static void print(PrintWriter out, Schedules.ReloadReport report) {
        for (Schedules.Change c : report.changes()) {
            out.printf(Locale.ROOT, "%-9s %s: %s%n", c.kind().name().toLowerCase(Locale.ROOT), c.jobId(), c.detail());
        }
        var counts = report.changes().stream().collect(Collectors.groupingBy(Schedules.Change::kind,
                Collectors.counting()));
        out.printf(Locale.ROOT, "%d added, %d updated, %d unchanged, %d removed, %d with errors%n",
                counts.getOrDefault(Schedules.ChangeKind.ADDED, 0L),
                counts.getOrDefault(Schedules.ChangeKind.UPDATED, 0L),
                counts.getOrDefault(Schedules.ChangeKind.UNCHANGED, 0L),
                counts.getOrDefault(Schedules.ChangeKind.REMOVED, 0L),
                counts.getOrDefault(Schedules.ChangeKind.ERROR, 0L));
        out.flush();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Each job: state (SCHEDULED, PAUSED, ERROR, NOT SCHEDULED), last edition, next 3 firings.")
    static class ListJobs implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        ListJobs(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            spring.reader(JobReading.class).bean(JobListing.class).list().forEach(j -> print(spec.commandLine().getOut(), j));
            return 0;
        }
    }

    @Command(name = "reload", mixinStandardHelpOptions = true,
            description = "Read jobs/*.yml again and update the schedule: add new jobs, update changed ones, remove "
                    + "deleted ones. A file with a mistake is reported (exit 5); the other jobs still load.")
    static class Reload implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        Reload(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            Schedules.ReloadReport report = spring.bean(JobAdmin.class).reload();
            print(spec.commandLine().getOut(), report);
            return report.hasErrors() ? JobDefinitionException.EXIT_CODE : 0;
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Stop a job's firings until it is resumed (kept in the database: holds across restarts).")
    static class Pause implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<job>")
        String job;

        Pause(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), spring.bean(JobAdmin.class).pause(job));
            return 0;
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Let a paused job fire again (a firing missed while paused does not run).")
    static class Resume implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<job>")
        String job;

        Resume(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            print(spec.commandLine().getOut(), spring.bean(JobAdmin.class).resume(job));
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Publish a job's edition now: by default for the ISO week just ended in the job's zone.")
    static class Run implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<job>")
        String job;

        @Option(names = "--period", paramLabel = "<ISO week>", description = "e.g. 2025-W48 (default: the week just ended)")
        String period;

        Run(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PublishCommand.print(spec.commandLine().getOut(), spring.bean(JobAdmin.class).run(job, period));
            return 0;
        }
    }
}
