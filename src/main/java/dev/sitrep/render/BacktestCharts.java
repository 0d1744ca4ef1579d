package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.BacktestResult;
import dev.sitrep.analysis.prognosis.BacktestRow;
import dev.sitrep.analysis.prognosis.BacktestScore;
import dev.sitrep.analysis.prognosis.BacktestSettings;
import dev.sitrep.analysis.prognosis.CountSeries;
import dev.sitrep.analysis.prognosis.ForecastPoint;
import dev.sitrep.core.IsoWeek;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The model card's charts, drawn like the edition's ({@link Charts}: JFreeChart into Batik's SVG, DejaVu, flat
 * colours): observed against nominal coverage per model, and per series a fan of auto's forecasts — one week
 * ahead at each scored week, then the outlook after the last week — under the outcomes.
 */
final class BacktestCharts {

    static final String CALIBRATION = "chart-calibration.svg";
    /** One colour per model in report order; auto, last, in the ink of the edition. */
    private static final Color[] MODEL = {new Color(0x8a, 0x9b, 0xb0), new Color(0xc9, 0x8b, 0x2b),
            new Color(0x2e, 0x6d, 0xb0), new Color(0x5b, 0x8c, 0x3a), new Color(0x8e, 0x4f, 0x9e),
            new Color(0xb0, 0x3a, 0x2e)};
    private static final int[] LEVELS = BacktestScore.LEVELS;

    private BacktestCharts() {
    }

    static List<Chart> of(BacktestResult r) {
        List<Chart> charts = new ArrayList<>();
        charts.add(calibration(r));
        for (CountSeries s : r.series()) {
            if (r.outlook().containsKey(s.id())) {
                charts.add(fan(r, s));
            }
        }
        return charts;
    }

    static String fanFile(String series) {
        return "chart-fan-" + series.replaceAll("[^A-Za-z0-9_-]+", "-") + ".svg";
    }

    /** Coverage pooled over series and horizons (each horizon's pooled score weighted by its forecasts). */
    private static Chart calibration(BacktestResult r) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries ideal = new XYSeries("nominal");
        for (int level : LEVELS) {
            ideal.add(level, level);
        }
        data.addSeries(ideal);
        StringBuilder alt = new StringBuilder("Observed against nominal coverage of the 50, 80 and 95 % intervals, "
                + "all series and horizons pooled: ");
        List<String> models = r.settings().models();
        for (int m = 0; m < models.size(); m++) {
            double[] covered = new double[LEVELS.length];
            int n = 0;
            for (BacktestScore s : r.scores()) {
                if (s.series().equals(BacktestResult.ALL) && s.model().equals(models.get(m))) {
                    for (int i = 0; i < LEVELS.length; i++) {
                        covered[i] += s.coverage()[i] * s.forecasts();
                    }
                    n += s.forecasts();
                }
            }
            XYSeries line = new XYSeries(models.get(m));
            for (int i = 0; i < LEVELS.length; i++) {
                line.add(LEVELS[i], n == 0 ? 0 : 100 * covered[i] / n);
            }
            data.addSeries(line);
            alt.append(String.format(Locale.ROOT, "%s%s %.0f, %.0f and %.0f %%", m == 0 ? "" : "; ", models.get(m),
                    line.getY(0).doubleValue(), line.getY(1).doubleValue(), line.getY(2).doubleValue()));
        }
        NumberAxis nominal = new NumberAxis("nominal coverage (%)");
        nominal.setRange(45, 100);
        nominal.setTickUnit(new NumberTickUnit(10));
        NumberAxis observed = new NumberAxis("observed coverage (%)");
        observed.setRange(Math.min(45, lowest(data)), 100);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
        JFreeChart chart = new JFreeChart(null, Charts.FONT, new XYPlot(data, nominal, observed, lines), true);
        Charts.theme(chart);
        lines.setSeriesPaint(0, Charts.INK);
        lines.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f));
        lines.setSeriesShapesVisible(0, false);
        for (int m = 0; m < models.size(); m++) {
            lines.setSeriesPaint(m + 1, color(models, m));
            lines.setSeriesStroke(m + 1, new BasicStroke(models.get(m).equals(BacktestSettings.AUTO) ? 2.2f : 1.2f));
        }
        Charts.caption(chart, "Calibration: observed against nominal coverage (dashed: perfect)");
        return new Chart(CALIBRATION, alt + ".", Charts.svg(chart, Charts.WIDTH, 320));
    }

    private static double lowest(XYSeriesCollection data) {
        double low = 100;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                low = Math.min(low, data.getYValue(s, i));
            }
        }
        return Math.floor(low / 10) * 10;
    }

    private static Color color(List<String> models, int m) {
        List<String> all = BacktestSettings.allModels();
        int i = all.indexOf(models.get(m));
        return MODEL[Math.min(MODEL.length - 1, Math.max(0, i)) % MODEL.length];
    }

    /**
     * Week 0 is the series' last week: before it, auto's forecast one horizon (the first evaluated) ahead of
     * each scored week and the outcome; after it, the forecast an edition would publish now.
     */
    private static Chart fan(BacktestResult r, CountSeries s) {
        String model = r.settings().models().contains(BacktestSettings.AUTO) ? BacktestSettings.AUTO
                : r.settings().models().get(r.settings().models().size() - 1);
        int h = r.settings().horizons().get(0);
        IsoWeek last = s.last();
        List<BacktestRow> rolling = r.rows().stream().filter(x -> x.series().equals(s.id()) && x.horizon() == h
                && x.model().equals(model)).toList();
        List<ForecastPoint> outlook = r.outlook().get(s.id());
        YIntervalSeriesCollection fan = new YIntervalSeriesCollection();
        String[] names = {"95 %", "80 %", "50 %"};
        for (int band = 0; band < 3; band++) {
            YIntervalSeries series = new YIntervalSeries(names[band]);
            for (BacktestRow x : rolling) {
                int at = -weeksBetween(x.target(), last);
                series.add(at, x.mean(), band == 0 ? x.lo95() : band == 1 ? x.lo80() : x.lo50(),
                        band == 0 ? x.hi95() : band == 1 ? x.hi80() : x.hi50());
            }
            for (int k = 0; k < outlook.size(); k++) {
                ForecastPoint p = outlook.get(k);
                series.add(k + 1, p.central(), band == 0 ? p.lo95() : band == 1 ? p.lo80() : p.lo50(),
                        band == 0 ? p.hi95() : band == 1 ? p.hi80() : p.hi50());
            }
            fan.addSeries(series);
        }
        XYSeries observed = new XYSeries("observed");
        int from = rolling.isEmpty() ? s.counts().size() - 1 : s.counts().size() - 1
                - weeksBetween(rolling.get(0).target(), last);
        for (int i = Math.max(0, from); i < s.counts().size(); i++) {
            observed.add(i - s.counts().size() + 1, s.counts().get(i));
        }
        NumberAxis weeks = new NumberAxis();
        weeks.setTickUnit(new NumberTickUnit(fan.getSeries(0).getItemCount() > 60 ? 13 : 4));
        weeks.setNumberFormatOverride(new Charts.WeekLabels(last));
        NumberAxis counts = new NumberAxis("count a week");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        DeviationRenderer bands = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(fan, weeks, counts, bands);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        plot.setDataset(1, new XYSeriesCollection(observed));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        // The last week known: backtest to its left, the outlook to its right.
        ValueMarker now = new ValueMarker(0, Charts.INK, new BasicStroke(0.8f));
        now.setAlpha(1f);
        plot.addDomainMarker(now);
        JFreeChart chart = new JFreeChart(null, Charts.FONT, plot, false);
        Charts.theme(chart);
        bands.setAlpha(1f);
        for (int band = 0; band < 3; band++) {
            bands.setSeriesFillPaint(band, Charts.FAN[band]);
            bands.setSeriesPaint(band, Charts.INK);
            bands.setSeriesStroke(band, new BasicStroke(0.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {3f, 2f}, 0f));
        }
        line.setSeriesPaint(0, Charts.INK);
        line.setSeriesStroke(0, new BasicStroke(1.2f));
        long inside = rolling.stream().filter(x -> x.covers(80)).count();
        ForecastPoint next = outlook.get(0);
        String alt = String.format(Locale.ROOT, "%s: counts to %s against %s's %d-week-ahead forecasts with 50, 80 and "
                        + "95 %% intervals (%d of %d outcomes inside the 80 %% interval), then the forecast for the "
                        + "next %d weeks: a median of %.0f in %s (80 %% interval %d to %d).", s.id(), last, model, h,
                inside, rolling.size(), outlook.size(), next.central(), next.target(), next.lo80(), next.hi80());
        Charts.caption(chart, s.id() + ": outcomes against " + model + "'s " + h + "-week-ahead intervals, then the "
                + "outlook");
        return new Chart(fanFile(s.id()), alt, Charts.svg(chart, Charts.WIDTH, Charts.HEIGHT));
    }

    private static int weeksBetween(IsoWeek from, IsoWeek to) {
        return (int) java.time.temporal.ChronoUnit.WEEKS.between(from.monday(), to.monday());
    }
}
