package dev.sitrep.cli;

import dev.sitrep.analysis.prognosis.Backtest;
import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.SitrepException;
import dev.sitrep.jobs.TrackedSeries;
import dev.sitrep.render.BacktestReport;
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
                + "models (naive, mean12, damped-holt, nb-trend, ensemble) and of `auto`, the choice an edition publishes, "
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

    @Option(names = "--models", split = ",", paramLabel = "M",
            description = "models (default: all): naive, mean12, damped-holt, nb-trend, ensemble, auto")
    List<String> models = new ArrayList<>();

    @Option(names = "--format", defaultValue = "csv", paramLabel = "csv|json|md",
            description = "forecasts as CSV, everything as JSON, or the model card in Markdown (default: csv)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write there instead of stdout")
    Path out;

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
                    models.isEmpty() ? BacktestSettings.allModels() : models, 8);
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
        BacktestResult result = Backtest.run(data, settings);
        String text = switch (format) {
            case "json" -> BacktestReport.json(result);
            case "md" -> BacktestReport.markdown(result, "Forecast evaluation: "
                    + (source.job != null ? source.job : source.input.getFileName().toString()), name);
            default -> BacktestReport.csv(result);
        };
        PrintWriter stdout = spec.commandLine().getOut();
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
        stdout.flush();
        spec.commandLine().getErr().flush();
        return 0;
    }
}
