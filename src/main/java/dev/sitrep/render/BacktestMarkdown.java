package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestScore;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.BacktestSkill;
import dev.sitrep.analysis.prognosis.CountModel;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.core.MarkdownText;
import java.util.Locale;

/** The backtest's model card in Markdown: what was evaluated, how well, and where auto shows no skill. */
final class BacktestMarkdown {

    private BacktestMarkdown() {
    }

    static String write(BacktestResult r, String title, String source) {
        return write(r, title, source, java.util.List.of());
    }

    /** As above, with the calibration chart and a fan chart per series referenced beside their tables. */
    static String write(BacktestResult r, String title, String source, java.util.List<Chart> charts) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.escape(title)).append("\n\n");
        md.append("Source: ").append(MarkdownText.escape(source)).append(".\n\n");
        data(md, r);
        models(md, r.settings());
        md.append("## Skill of `auto` against the baselines\n\n").append(skillLines(r, true)).append('\n');
        skillTable(md, r);
        BacktestSpans.write(md, r);
        md.append("## Scores, all series pooled\n\n");
        scores(md, r, BacktestResult.ALL);
        calibration(md, r);
        charts.stream().filter(c -> c.file().equals(BacktestCharts.CALIBRATION)).forEach(c -> image(md, c));
        if (charts.stream().anyMatch(c -> !c.file().equals(BacktestCharts.CALIBRATION))) {
            md.append("## Fan charts\n\nEach series' outcomes against auto's forecasts one horizon ahead (the first "
                    + "evaluated) with their 50, 80 and 95 % intervals, then the forecast an edition would publish after "
                    + "the last week.\n\n");
            charts.stream().filter(c -> !c.file().equals(BacktestCharts.CALIBRATION)).forEach(c -> image(md, c));
        }
        md.append("## Scores by series\n\n");
        for (CountSeries s : r.series()) {
            md.append("### ").append(MarkdownText.escape(s.id())).append("\n\n");
            scores(md, r, s.id());
        }
        md.append("## Method\n\nRolling origin: the forecast for week t at horizon h is made from the weeks up to "
                + "t − h only; `ensemble` weights each candidate at each horizon by 1/error over the previous 26 target "
                + "weeks, each error weighted by its age (half-life 4 weeks), leaving out candidates whose error is 1.5 "
                + "times the best's or more; `auto` is the ensemble once 8 of those weeks have been scored (mean12 "
                + "before), and every "
                + "model's intervals are calibrated on its own errors before the origin. MASE is a model's MAE over "
                + "the naive forecast's on the same targets (naive is 1). CRPS is that of the forecast count distribution, in events. Coverage is the share of outcomes "
                + "inside the central interval; width is its mean hi − lo.\n");
        return md.toString();
    }

    private static void image(StringBuilder md, Chart c) {
        md.append("![").append(MarkdownText.escape(c.alt()).replace("[", "\\[").replace("]", "\\]")).append("](")
                .append(c.file()).append(")\n\n");
    }

    private static void data(StringBuilder md, BacktestResult r) {
        md.append("## Data\n\n| series | first week | last week | weeks | events | mean a week |\n")
                .append("|---|---|---|--:|--:|--:|\n");
        for (CountSeries s : r.series()) {
            long total = s.counts().stream().mapToLong(Integer::longValue).sum();
            int n = s.counts().size();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %.1f |%n", MarkdownText.escape(s.id()),
                    s.first(), n == 0 ? "–" : s.last(), n, total, n == 0 ? 0.0 : (double) total / n));
        }
        BacktestSettings st = r.settings();
        md.append("\nTargets from ").append(st.firstTarget() == null
                        ? "the last " + BacktestSettings.DEFAULT_TARGETS + " weeks of each series" : st.firstTarget())
                .append("; horizons ").append(st.horizons()).append(" weeks; ").append(r.rows().size())
                .append(" forecasts.\n\n");
    }

    private static void models(StringBuilder md, BacktestSettings st) {
        md.append("## Models\n\n");
        for (String m : st.models()) {
            String what = m.equals(BacktestSettings.AUTO)
                    ? "the model an edition publishes: `ensemble` once 8 target weeks before the origin have "
                    + "been scored, `mean12` before that"
                    : CountModel.byId(m).description();
            md.append("- `").append(m).append("`: ").append(what).append('\n');
        }
        md.append('\n');
    }

    /** One line per horizon with the geometric means, and one per series and horizon where auto has no skill. */
    static String skillLines(BacktestResult r, boolean markdown) {
        StringBuilder out = new StringBuilder();
        String bullet = markdown ? "- " : "";
        for (BacktestSkill k : r.skill()) {
            if (k.series().equals(BacktestResult.ALL)) {
                out.append(bullet).append(String.format(Locale.ROOT, "h=%d: geometric mean over %d series of "
                                + "auto's MAE / naive's %s, / mean12's %s: %s%n", k.horizon(), k.seriesCount(),
                        BacktestReport.ratio(k.autoOverNaive()), BacktestReport.ratio(k.autoOverMean12()),
                        k.beatsBoth() ? "auto beats both baselines" : k.verdict().isEmpty()
                                ? "auto does not beat both baselines" : "auto: " + k.verdict()));
            }
        }
        for (BacktestSkill k : r.skill()) {
            if (!k.series().equals(BacktestResult.ALL) && !k.verdict().isEmpty()) {
                out.append(bullet).append(String.format(Locale.ROOT, "%s, h=%d: %s (auto / naive %s, / mean12 %s)%n",
                        markdown ? MarkdownText.escape(k.series()) : k.series(), k.horizon(), k.verdict(),
                        BacktestReport.ratio(k.autoOverNaive()), BacktestReport.ratio(k.autoOverMean12())));
            }
        }
        return out.toString();
    }

    private static void skillTable(StringBuilder md, BacktestResult r) {
        md.append("| series | h | auto / naive | auto / mean12 | verdict |\n|---|--:|--:|--:|---|\n");
        for (BacktestSkill k : r.skill()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", MarkdownText.escape(k.series()),
                    k.horizon(), BacktestReport.ratio(k.autoOverNaive()), BacktestReport.ratio(k.autoOverMean12()),
                    k.verdict().isEmpty() ? "beats both" : k.verdict()));
        }
        md.append('\n');
    }

    private static void scores(StringBuilder md, BacktestResult r, String series) {
        md.append("| h | model | n | MAE | RMSE | MASE | CRPS | cover 50 | cover 80 | cover 95 | width 50 | width 80 "
                + "| width 95 |\n|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (BacktestScore s : r.scores()) {
            if (s.series().equals(series)) {
                double[] c = s.coverage();
                double[] w = s.width();
                md.append(String.format(Locale.ROOT, "| %d | %s | %d | %s | %s | %s | %s | %.2f | %.2f | %.2f | %.1f "
                                + "| %.1f | %.1f |%n", s.horizon(), s.model(), s.forecasts(),
                        BacktestReport.number(s.mae()), BacktestReport.number(s.rmse()),
                        BacktestReport.ratio(s.mase()), BacktestReport.number(s.crps()), c[0], c[1], c[2], w[0], w[1],
                        w[2]));
            }
        }
        md.append('\n');
    }

    /** Observed against nominal coverage, pooled over series, per model and horizon: the calibration chart as a table. */
    private static void calibration(StringBuilder md, BacktestResult r) {
        md.append("## Calibration\n\nObserved coverage of the central intervals against their nominal level, all "
                + "series pooled (well calibrated: 0.50, 0.80, 0.95).\n\n| model | h | 50 % | 80 % | 95 % |\n"
                + "|---|--:|--:|--:|--:|\n");
        for (String m : r.settings().models()) {
            for (BacktestScore s : r.scores()) {
                if (s.series().equals(BacktestResult.ALL) && s.model().equals(m)) {
                    double[] c = s.coverage();
                    md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |%n", m, s.horizon(), c[0],
                            c[1], c[2]));
                }
            }
        }
        md.append('\n');
    }
}
