package dev.sitrep.cli;

import dev.sitrep.analysis.prognosis.Backtest;
import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.SitrepException;
import dev.sitrep.jobs.TrackedSeries;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.render.BacktestModelCard;
import dev.sitrep.render.BacktestReport;
import dev.sitrep.render.Chart;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Forecast evaluation: a rolling-origin backtest, with no look-ahead, of the prognosis "
                + "models (naive, mean12, ses, local-level, damped-holt, nb-trend, ensemble) and of `auto`, the choice an edition publishes, "
                + "on a job's tracked series or on weekly counts from a CSV file.",
                "Forecasts go to stdout (or --out); the summary table goes to stderr, or to stdout with --out."})
class BacktestCommand implements Callable<Integer> {

    private final SpringContext spring;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static class Source {
        @Option(names = "--job", paramLabel = "J", description = "the job whose tracked series to backtest")
        String job;

        @Option(names = "--input", paramLabel = "FILE.csv", description = "weekly counts: columns period,count "
                + "or series,period,count; periods are ISO weeks (2018-W27)")
        Path input;
    }

    @Option(names = "--series", split = ",", paramLabel = "S", description = "with --job: only these series")
    List<String> series = new ArrayList<>();

    @Option(names = "--fill-zero", description = "with --input: count missing weeks as 0 instead of failing")
    boolean fillZero;

    @Option(names = "--horizons", split = ",", paramLabel = "H", defaultValue = "1,2,3,4,5,6,7,8",
            description = "weeks ahead (default: 1..8)")
    List<Integer> horizons;

    @Option(names = "--origins-from", paramLabel = "P", description = "first target week evaluated "
            + "(default: the last " + BacktestSettings.DEFAULT_TARGETS + " weeks of each series)")
    String originsFrom;

    @Option(names = "--test-from", paramLabel = "P", description = "first target week of the test span: the scores "
            + "of the targets before it (development) and from it (test) are reported apart (default: one span)")
    String testFrom;

    @Option(names = "--until", paramLabel = "P", description = "last week used: later weeks are ignored, as if not "
            + "yet known (default: each series' last week)")
    String until;

    @Option(names = "--models", split = ",", paramLabel = "M",
            description = "models (default: all): naive, mean12, ses, local-level, damped-holt, nb-trend, "
                    + "ensemble, auto")
    List<String> models = new ArrayList<>();

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json|md",
            description = "forecasts as CSV, everything as JSON, or the model card in Markdown (default: csv)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write there instead of stdout")
    Path out;

    @Option(names = "--report", paramLabel = "DIR", description = "also write the model card there: model-card.md, "
            + "model-card.pdf (PDF/A) and its charts (SVG)")
    Path report;

    BacktestCommand(SpringContext spring) {
        this.spring = spring;
    }

    @Override
    public Integer call() throws IOException {
        if (!List.of("csv", "json", "md").contains(format)) {
            throw new SitrepException("--format is csv, json or md, not '" + format + "'", 2);
        }
        BacktestSettings settings;
        try {
            settings = new BacktestSettings(horizons, originsFrom == null ? null : PeriodArgument.parse(originsFrom),
                    models.isEmpty() ? BacktestSettings.allModels() : models, 8,
                    testFrom == null ? null : PeriodArgument.parse(testFrom));
        } catch (IllegalArgumentException e) {
            throw new SitrepException(e.getMessage(), 2);
        }
        List<CountSeries> data;
        String name;
        if (source.input != null) {
            if (!series.isEmpty()) {
                throw new SitrepException("--series goes with --job; a file's series are all backtested", 2);
            }
            data = CountSeriesCsv.read(source.input, fillZero);
            name = "weekly counts from " + source.input.getFileName();
        } else {
            data = spring.bean(TrackedSeries.class).weekly(source.job, series);
            name = "the tracked series of job " + source.job + ", counted from the event log";
        }
        if (until != null) {
            data = until(data, PeriodArgument.parse(until));
        }
        BacktestResult result = Backtest.run(data, settings);
        String title = "Forecast evaluation: " + (source.job != null ? source.job
                : source.input.getFileName().toString());
        String text = switch (format) {
            case "json" -> BacktestReport.json(result);
            case "md" -> BacktestReport.markdown(result, title, name);
            default -> BacktestReport.csv(result);
        };
        PrintWriter stdout = spec.commandLine().getOut();
        if (report != null) {
            writeReport(BacktestReport.modelCard(result, title, name));
        }
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
            stdout.print(BacktestReport.table(result));
            stdout.println("wrote " + out);
        } else {
            stdout.print(text);
            if (!format.equals("md")) {
                spec.commandLine().getErr().print(BacktestReport.table(result));
            }
        }
        if (report != null) {
            stdout.println("wrote the model card to " + Paths.show(report.resolve("model-card.pdf")) + " and .md");
        }
        stdout.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }

    /** Each series up to {@code last}; a series that starts later has nothing to backtest and is left out. */
    private static List<CountSeries> until(List<CountSeries> data, IsoWeek last) {
        List<CountSeries> cut = data.stream().map(s -> s.until(last)).filter(s -> !s.counts().isEmpty()).toList();
        if (cut.isEmpty()) {
            throw new SitrepException("--until " + last + " leaves no weeks: every series starts after it", 2);
        }
        return cut;
    }

    private void writeReport(BacktestModelCard card) throws IOException {
        Files.createDirectories(report);
        Files.writeString(report.resolve("model-card.md"), card.markdown(), StandardCharsets.UTF_8);
        Files.write(report.resolve("model-card.pdf"), card.pdf());
        for (Chart chart : card.charts()) {
            Files.writeString(report.resolve(chart.file()), chart.svg(), StandardCharsets.UTF_8);
        }
    }
}
