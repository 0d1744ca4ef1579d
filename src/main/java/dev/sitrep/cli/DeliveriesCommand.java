package dev.sitrep.cli;

import dev.sitrep.archive.EditionNames;
import dev.sitrep.archive.EditionVersion;
import dev.sitrep.archive.Editions;
import dev.sitrep.delivery.Deliveries;
import dev.sitrep.delivery.DeliveryListing;
import dev.sitrep.delivery.DeliveryReading;
import dev.sitrep.delivery.DeliveryEntry;
import dev.sitrep.delivery.DeliveryReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "deliveries", mixinStandardHelpOptions = true,
        description = "The delivery log: every e-mail of a version to a subscriber, its status and Message-ID.",
        subcommands = {DeliveriesCommand.ListDeliveries.class, DeliveriesCommand.Resend.class,
                DeliveriesCommand.Retry.class})
class DeliveriesCommand {

    static String line(DeliveryEntry d) {
        return String.format(Locale.ROOT, "%-6d %-20s %-8s v%-3d %-32s %-5s %-17s %d attempt(s)%s%s%s", d.id(),
                d.jobId(), d.period(), d.version(), d.email(), d.format(), d.status(), d.attempts(),
                d.resendOf() == null ? "" : "  re-send of " + d.resendOf(),
                d.messageId() == null ? "" : "  " + d.messageId(),
                d.lastError() == null ? "" : "  last error: " + d.lastError());
    }

    /** JOB/PERIOD/N, e.g. syria-weekly/2025-W48/2. */
    static EditionVersion version(Editions editions, String spec) {
        String[] parts = spec.split("/");
        if (parts.length != 3) {
            throw new dev.sitrep.delivery.DeliveryException("--version " + spec + ": write JOB/PERIOD/N, e.g. syria-weekly/2025-W48/2");
        }
        return editions.find(parts[0], parts[1], EditionNames.version(parts[2]));
    }

    @Command(name = "list", description = "Deliveries, newest first.")
    static class ListDeliveries implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--job", description = "only this job")
        String job;

        // Their own --version (which edition) replaces picocli's, and with it the standard help option.
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--version", paramLabel = "JOB/PERIOD/N", description = "only this version")
        String version;

        @Option(names = "--status", description = "pending, sending, sent, failed or permanent-failure")
        String status;

        @Option(names = "--limit", defaultValue = "1000", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit;

        ListDeliveries(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            spring.reader(DeliveryReading.class);
            EditionVersion v = version == null ? null : version(spring.bean(Editions.class), version);
            List<DeliveryEntry> found = spring.bean(DeliveryListing.class).list(v == null ? job : v.jobId(),
                    v == null ? null : v.period(), v == null ? null : v.version(), status, limit);
            found.forEach(d -> out.println(line(d)));
            out.println(found.size() + " deliver" + (found.size() == 1 ? "y" : "ies"));
            return 0;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = "Send a delivery's e-mail again; logged as a new delivery that re-sends it.")
    static class Resend implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "DELIVERY", description = "the id `sitrep deliveries list` shows")
        long id;

        Resend(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            DeliveryEntry d = spring.bean(Deliveries.class).resend(id);
            spec.commandLine().getOut().println(line(d));
            return "sent".equals(d.status()) || "pending".equals(d.status()) ? 0 : SitrepCli.EXIT_FAILURE;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Send a version's (or a grouped flash alert's) pending and failed deliveries (after an SMTP "
                    + "outage, or once mail is configured); those already sent are not sent again.")
    static class Retry implements Callable<Integer> {
        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "JOB/PERIOD/N", description = "a version, e.g. syria-weekly/2025-W48/2, or a grouped "
                + "flash alert as the list shows it, e.g. syria-weekly/flash-alert-7")
        String version;

        Retry(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            java.util.OptionalLong alert = dev.sitrep.delivery.FlashAlerts.alertOf(version);
            DeliveryReport r = alert.isPresent()
                    ? spring.bean(dev.sitrep.delivery.FlashAlerts.class).retry(alert.getAsLong())
                    : spring.bean(Deliveries.class).deliver(version(spring.bean(Editions.class), version));
            spec.commandLine().getOut().println(r.summary());
            return r.failed() == 0 ? 0 : SitrepCli.EXIT_FAILURE;
        }
    }
}
