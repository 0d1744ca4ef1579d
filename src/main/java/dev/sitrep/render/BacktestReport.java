package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestRow;
import dev.sitrep.analysis.prognosis.BacktestScore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Sha256;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A backtest written out: its forecasts as CSV or JSON, and a model card in Markdown. Numbers are printed with
 * fixed digits and no locale, so the same backtest gives byte-identical files everywhere.
 */
public final class BacktestReport {

    static final String[] HEADER = {"series", "origin", "horizon", "target", "model", "mean", "lo50", "hi50",
            "lo80", "hi80", "lo95", "hi95", "actual"};

    private BacktestReport() {
    }

    /** One row per series × origin × horizon × model, with the header of the forecast evaluation. */
    public static String csv(BacktestResult result) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (BacktestRow r : result.rows()) {
                csv.printRecord(r.series(), r.origin(), r.horizon(), r.target(), r.model(), number(r.mean()),
                        r.lo50(), r.hi50(), r.lo80(), r.hi80(), r.lo95(), r.hi95(), r.actual());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The rows, the scores and auto's skill as one JSON document. */
    public static String json(BacktestResult result) {
        return BacktestJson.write(result);
    }

    /** The model card: data span, models, scores, calibration, and auto's skill stated plainly. */
    public static String markdown(BacktestResult result, String title, String source) {
        return BacktestMarkdown.write(result, title, source);
    }

    /**
     * The model card for reviewers: its Markdown with a calibration chart and a fan chart per series (SVG files
     * referenced beside it), and the same Markdown laid out as a PDF/A through the editions' render path. The
     * PDF's date is the Monday after the latest week of data and its id a hash of the Markdown, so the same
     * backtest gives the same bytes.
     */
    public static BacktestModelCard modelCard(BacktestResult result, String title, String source) {
        List<Chart> charts = BacktestCharts.of(result);
        String markdown = BacktestMarkdown.write(result, title, source, charts);
        String xhtml = HtmlDocument.fromMarkdown(markdown, stylesheet(), title, title + " · model card",
                charts.stream().collect(Collectors.toMap(Chart::file, Chart::svg)));
        IsoWeek latest = result.series().stream().filter(s -> !s.counts().isEmpty()).map(CountSeries::last)
                .max(Comparator.naturalOrder()).orElse(IsoWeek.parse("1970-W01"));
        Instant date = latest.plusWeeks(1).monday().atStartOfDay(ZoneOffset.UTC).toInstant();
        byte[] pdf = new PdfWriter().write(xhtml, new PdfWriter.PdfInfo(title, "Sitrep", "forecast evaluation",
                        "backtest; model card; " + String.join(", ", result.settings().models()), date,
                        Sha256.hex(markdown).substring(0, 32)),
                List.of(new PdfWriter.Attachment("model-card.md", "text/markdown", "The model card in Markdown, from "
                        + "which this PDF was rendered", "Source", markdown.getBytes(StandardCharsets.UTF_8))));
        return new BacktestModelCard(markdown, pdf, charts);
    }

    private static String stylesheet() {
        try (InputStream in = BacktestReport.class.getResourceAsStream("/model-card.css")) {
            if (in == null) {
                throw new IllegalStateException("/model-card.css is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /model-card.css", e);
        }
    }

    /** The scores as an aligned plain-text table, for a terminal. */
    public static String table(BacktestResult result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s %2s %-12s %6s %9s %9s %6s %9s %5s %5s %5s %8s%n", "series", "h",
                "model", "n", "MAE", "RMSE", "MASE", "CRPS", "c50", "c80", "c95", "w80"));
        for (BacktestScore s : result.scores()) {
            double[] c = s.coverage();
            out.append(String.format(Locale.ROOT, "%-28s %2d %-12s %6d %9s %9s %6s %9s %5.2f %5.2f %5.2f %8s%n",
                    clip(s.series()), s.horizon(), s.model(), s.forecasts(), number(s.mae()), number(s.rmse()),
                    ratio(s.mase()), number(s.crps()), c[0], c[1], c[2], number(s.width()[1])));
        }
        out.append(BacktestMarkdown.skillLines(result, false));
        out.append(BacktestSpans.lines(result));
        return out.toString();
    }

    private static String clip(String s) {
        return s.length() <= 28 ? s : s.substring(0, 27) + "…";
    }

    static String number(double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, "%.3f", x);
    }

    static String ratio(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.3f", x);
    }
}
