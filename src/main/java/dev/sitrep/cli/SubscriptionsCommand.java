package dev.sitrep.cli;

import dev.sitrep.delivery.Subscribers;
import dev.sitrep.delivery.Subscription;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "subscriptions", mixinStandardHelpOptions = true,
        description = "Which job's editions each subscriber receives, and how: PDF or Markdown attached, or a link.",
        subcommands = {SubscriptionsCommand.Add.class, SubscriptionsCommand.ListSubscriptions.class,
                SubscriptionsCommand.Remove.class})
class SubscriptionsCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Subscribe a subscriber to a job (or change the format of a subscription).")
    static class Add implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--job", required = true, description = "the job whose editions to send")
        String job;

        @Option(names = "--format", defaultValue = "pdf", description = "pdf, md or link (default: ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--webhook", paramLabel = "URL",
                description = "instead of e-mail, POST each version as signed JSON to this URL (prints the secret once)")
        String webhook;

        @Option(names = "--flash-alerts", description = "also send the job's flash assessments and flash alerts "
                + "(off by default)")
        boolean flashAlerts;

        Add(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            if (webhook != null) {
                Subscribers.WebhookSubscription w = spring.bean(Subscribers.class).subscribeWebhook(email, job, webhook,
                        flashAlerts);
                spec.commandLine().getOut().println(email + " now receives " + job + (flashAlerts ? " and its flash alerts"
                        : "") + " as POSTs to " + w.url()
                        + "\nsigning secret, shown this once (X-Sitrep-Signature: t=<unix time>,sha256=<HMAC-SHA256 "
                        + "of \"t.body\">):\n" + w.secret());
                return 0;
            }
            Subscription s = spring.bean(Subscribers.class).subscribe(email, job, format, flashAlerts);
            spec.commandLine().getOut().println(s.email() + " now receives " + s.jobId() + " (" + s.format() + ")"
                    + (s.flash() ? " and its flash alerts" : ""));
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Active subscriptions, by job.")
    static class ListSubscriptions implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "only this job")
        String job;

        ListSubscriptions(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Subscription> all = spring.bean(Subscribers.class).subscriptions(job, null);
            all.forEach(s -> out.println(s.jobId() + "\t" + s.email() + "\t" + s.format() + "\tsince " + s.created()));
            out.println(all.size() + " subscription(s)");
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Cancel a subscription.")
    static class Remove implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "EMAIL")
        String email;

        @Option(names = "--job", required = true)
        String job;

        Remove(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            spring.bean(Subscribers.class).unsubscribe(email, job);
            spec.commandLine().getOut().println(email + " no longer receives " + job);
            return 0;
        }
    }
}
