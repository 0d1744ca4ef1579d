package dev.sitrep.cli;

import picocli.CommandLine.Command;

@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Versioned, sourced, periodic situation assessments from a log of events.",
        subcommands = {DemoCommand.class, RealDataCommand.class, PublishCommand.class, AssessCommand.class, ServeCommand.class, EventsCommand.class,
                JudgmentsCommand.class, EditionsCommand.class, ArchiveCommand.class, UsersCommand.class,
                TokensCommand.class, JobsCommand.class, ExecutionsCommand.class, SubscribersCommand.class,
                SubscriptionsCommand.class, DeliveriesCommand.class, BacktestCommand.class, BenchCommand.class},
        footer = {"", "Database: embedded H2 under data/ by default; set SITREP_DB_URL for PostgreSQL.",
                "Exit codes: 0 ok, 1 failure, 2 usage, 3 event log, 4 judgments, 5 job definition,"
                        + " 6 render, 7 archive, 8 job run, 9 delivery."})
class SitrepCommand {
}
