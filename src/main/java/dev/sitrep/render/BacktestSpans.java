package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestSpan;
import dev.sitrep.analysis.prognosis.CountModel;
import dev.sitrep.core.MarkdownText;
import java.util.Locale;

/**
 * Every model against both baselines, span by span (development and test when a test week is given): geometric
 * means over series of the MAE and CRPS ratios, and pooled coverage. The test span is where a reader should look;
 * the development span is where the models and their settings were chosen.
 */
final class BacktestSpans {

    private BacktestSpans() {
    }

    static void write(StringBuilder md, BacktestResult r) {
        md.append("## Every model against the baselines")
                .append(r.spans().size() > 1 ? ", development and test spans" : "").append("\n\n");
        if (r.spans().size() > 1) {
            md.append("Choose on the development span, read the test span: nothing about the models was set on its "
                    + "weeks. Ratios are geometric means over series (below 1: better than the baseline); coverage is "
                    + "pooled over series.\n\n");
        }
        for (BacktestSpan span : r.spans()) {
            md.append("### ").append(MarkdownText.escape(title(span))).append("\n\n")
                    .append("| h | model | MAE / naive | MAE / mean12 | CRPS / naive | CRPS / mean12 | cover 50 "
                            + "| cover 80 | cover 95 |\n|--:|---|--:|--:|--:|--:|--:|--:|--:|\n");
            for (int h : r.settings().horizons()) {
                for (String m : r.settings().models()) {
                    double[] c = span.coverage(m, h);
                    if (c == null) {
                        continue;
                    }
                    md.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s | %.3f | %.3f | %.3f |%n", h, m,
                            BacktestReport.ratio(span.maeRatio(m, CountModel.NAIVE.id(), h)),
                            BacktestReport.ratio(span.maeRatio(m, CountModel.MEAN12.id(), h)),
                            BacktestReport.ratio(span.crpsRatio(m, CountModel.NAIVE.id(), h)),
                            BacktestReport.ratio(span.crpsRatio(m, CountModel.MEAN12.id(), h)), c[0], c[1], c[2]));
                }
            }
            md.append('\n');
        }
    }

    /** For the terminal: auto's ratios and coverage per span and horizon, one line each. */
    static String lines(BacktestResult r) {
        StringBuilder out = new StringBuilder();
        for (BacktestSpan span : r.spans()) {
            for (int h : r.settings().horizons()) {
                double[] c = span.coverage("auto", h);
                if (c == null) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%s, h=%d: auto MAE / naive %s, / mean12 %s; CRPS / naive %s,"
                                + " / mean12 %s; coverage 50/80/95 %.3f %.3f %.3f%n", title(span), h,
                        BacktestReport.ratio(span.maeRatio("auto", CountModel.NAIVE.id(), h)),
                        BacktestReport.ratio(span.maeRatio("auto", CountModel.MEAN12.id(), h)),
                        BacktestReport.ratio(span.crpsRatio("auto", CountModel.NAIVE.id(), h)),
                        BacktestReport.ratio(span.crpsRatio("auto", CountModel.MEAN12.id(), h)), c[0], c[1], c[2]));
            }
        }
        return out.toString();
    }

    private static String title(BacktestSpan span) {
        return span.from() == null ? span.name() + " (no targets)"
                : span.name() + " span, targets " + span.from() + " to " + span.to();
    }
}
