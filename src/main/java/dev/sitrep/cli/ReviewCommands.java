package dev.sitrep.cli;

import dev.sitrep.archive.Drafts;
import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.Reviewed;
import dev.sitrep.jobs.Review;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep editions drafts|review|approve|send-back}: review before publishing, for jobs that require it. */
final class ReviewCommands {

    private ReviewCommands() {
    }

    static String line(Reviewed r) {
        var v = r.version();
        return String.format(Locale.ROOT, "%-20s %-8s v%-3d %-9s made %s%s", v.jobId(), v.period(), v.version(),
                v.state(), v.asOf(), r.decided() ? "  by " + r.reviewer() + " at " + r.decidedAt()
                        + (r.comment() == null ? "" : ": \"" + r.comment() + "\"") : "");
    }

    /** The person deciding: the one at this terminal unless named. */
    static String reviewer(String named) {
        return named != null ? named : System.getProperty("user.name", "unknown");
    }

    @Command(name = "drafts", mixinStandardHelpOptions = true,
            description = "Drafts awaiting review, and those sent back or replaced.")
    static class ListDrafts implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "only this job")
        String job;

        ListDrafts(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Reviewed> drafts = spring.bean(Drafts.class).list(job);
            drafts.forEach(d -> out.println(line(d)));
            out.println(drafts.size() + " draft(s), "
                    + drafts.stream().filter(d -> !d.decided() && d.version().state().name().equals("DRAFT")).count()
                    + " awaiting review");
            return 0;
        }
    }

    @Command(name = "review", mixinStandardHelpOptions = true,
            description = "Print the review report of an edition's latest draft, and where its files are.")
    static class ShowReview implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        ShowReview(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Review review = spring.bean(Review.class);
            Reviewed draft = review.drafts().find(job, period, null);
            out.println(line(draft));
            review.drafts().files(draft).keySet().forEach(name ->
                    out.println("  " + Paths.show(review.drafts().file(draft, name))));
            out.println();
            out.print(review.report(draft));
            return 0;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = "Approve the edition's pending draft: it is published under its number and delivered.")
    static class Approve implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        @Option(names = "--reviewer", paramLabel = "NAME", description = "who approves (default: your user name)")
        String reviewer;

        Approve(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Review.Approved approved = spring.bean(Review.class).approve(job, period, reviewer(reviewer));
            var v = approved.version();
            out.println("Approved and published " + v.jobId() + " " + v.period() + " v" + v.version() + " ("
                    + Paths.show(v.directory()) + "); delivery: " + approved.delivery().summary());
            return 0;
        }
    }

    @Command(name = "send-back", mixinStandardHelpOptions = true,
            description = "Send the edition's pending draft back with a comment; it is never published.")
    static class SendBack implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "JOB")
        String job;

        @Parameters(index = "1", paramLabel = "PERIOD")
        String period;

        @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "what the authors should change")
        String comment;

        @Option(names = "--reviewer", paramLabel = "NAME", description = "who sends it back (default: your user name)")
        String reviewer;

        SendBack(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            Reviewed r = spring.bean(Review.class).sendBack(EditionNames.job(job), period, reviewer(reviewer), comment);
            spec.commandLine().getOut().println("Sent back " + line(r));
            return 0;
        }
    }
}
