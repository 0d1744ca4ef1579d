package dev.sitrep.cli;

import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.EventReading;
import dev.sitrep.events.ImportReport;
import dev.sitrep.events.Quarantined;
import dev.sitrep.events.Rejection;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "events", mixinStandardHelpOptions = true, description = "The event log.",
        subcommands = {EventsCommand.Import.class, EventsCommand.ListEvents.class, EventsCommand.Rejected.class})
class EventsCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import events; rejected rows are reported and kept in the quarantine.")
    static class Import implements Callable<Integer> {

        static final int EXIT_EVENT_LOG = 3;

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Option(names = "--format", defaultValue = "auto",
                description = "auto (default: by extension and CSV header), sitrep-jsonl, sitrep-csv, acled, ucdp-ged")
        String format;

        @Option(names = "--dry-run", description = "check and count, store nothing")
        boolean dryRun;

        Import(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ImportReport report = spring.bean(EventLog.class).importFile(file, format, dryRun, rows -> {
                err.println("  ... " + rows + " rows read");
                err.flush();
            });
            out.println(Paths.show(file) + " (" + report.format() + "): " + report.counts());
            for (Rejection r : report.rejections()) {
                out.println("  rejected " + r);
            }
            if (report.read() > 0 && report.rejected() == report.read()) {
                // Nothing of the file was kept: a script must not carry on as if it had been.
                err.println("sitrep: every row of " + Paths.show(file) + " was rejected; nothing was imported "
                        + "(`sitrep events rejected --file " + Paths.show(file) + "` lists them)");
                return EXIT_EVENT_LOG;
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List events of a period, each at its latest revision.")
    static class ListEvents implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "<ISO week>", description = "e.g. 2025-W48")
        String period;

        @Option(names = "--type", description = "only this event type")
        String type;

        @Option(names = "--actor", description = "only events with this actor")
        String actor;

        @Option(names = "--place", description = "only events whose place or governorate contains this text")
        String place;

        ListEvents(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            IsoWeek week = PeriodArgument.parse(period);
            List<Event> events = spring.reader(EventReading.class).bean(EventLog.class).select(spring.bean(Clock.class).instant(), week.sunday(),
                    e -> week.contains(e.occurred())
                            && (type == null || type.equals(e.type()))
                            && (actor == null || e.actors().stream().anyMatch(a -> a.name().equals(actor)))
                            && (place == null || contains(e.place().name(), place)
                                    || contains(e.place().admin1(), place)));
            PrintWriter out = spec.commandLine().getOut();
            for (Event e : events) {
                out.println(e.occurred() + "  " + e.id() + " r" + e.revision() + "  " + e.type() + "  "
                        + (e.place().name() == null ? "" : e.place().name() + ", ") + e.place().country() + "  "
                        + e.actors().stream().map(Actor::name).collect(Collectors.joining("; ")));
                out.println("    " + e.summary());
            }
            out.println(events.size() + " events in " + week);
            return 0;
        }

        private static boolean contains(String text, String part) {
            return text != null && text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
        }
    }

    @Command(name = "rejected", mixinStandardHelpOptions = true,
            description = "List rejected rows and files kept in the quarantine, newest first.")
    static class Rejected implements Callable<Integer> {

        private final SpringContext spring;

        @Spec
        CommandSpec spec;

        @Option(names = "--file", description = "only rejections from this file (as it was named at import)")
        String file;

        @Option(names = "--limit", defaultValue = "100", description = "at most this many (default: ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--text", description = "also print the text of each rejected row as the file had it, "
                + "each of its lines after '| '")
        boolean text;

        Rejected(SpringContext spring) {
            this.spring = spring;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            EventLog log = spring.reader(EventReading.class).bean(EventLog.class);
            List<Quarantined> rejected = text ? log.rejectedWithText(file, limit)
                    : log.rejected(file, limit).stream().map(r -> new Quarantined(r, null)).toList();
            for (Quarantined q : rejected) {
                Rejection r = q.rejection();
                out.println(r + (r.value() == null ? "" : "  value: " + r.value()));
                if (q.raw() != null) {
                    q.raw().lines().forEach(line -> out.println("    | " + line));
                }
            }
            out.println(rejected.size() + " rejections shown");
            return 0;
        }
    }
}
