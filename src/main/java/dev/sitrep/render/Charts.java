package dev.sitrep.render;

import dev.sitrep.analysis.prognosis.ForecastPoint;
import dev.sitrep.analysis.prognosis.SeriesForecast;
import dev.sitrep.analysis.trend.CountRow;
import dev.sitrep.analysis.trend.Dimension;
import dev.sitrep.analysis.trend.Signal;
import dev.sitrep.analysis.trend.Trends;
import dev.sitrep.assessment.Assessment;
import dev.sitrep.core.IsoWeek;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.w3c.dom.Document;

/**
 * The edition's charts, drawn with JFreeChart into Batik's SVG generator: weekly events with the
 * baseline band and the week's signal, a fan chart per forecast series (50/80/95 %), and the
 * governorates this week against their baselines. Vector in the PDF (inlined SVG), files beside the
 * Markdown. Text is set in the DejaVu Sans the PDF embeds, and colours are flat (PDF/A), so the same
 * assessment gives the same SVG bytes on any machine.
 */
final class Charts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    // Package-private: the locator maps are drawn in the same ink, face and accent as the charts.
    static final Color INK = new Color(0x22, 0x2b, 0x38);
    static final Color BAR = new Color(0x8a, 0x9b, 0xb0);
    static final Color SURGE = new Color(0xb0, 0x3a, 0x2e);
    private static final Color DROP = new Color(0x2e, 0x6d, 0xb0);
    static final Color BAND = new Color(0xe4, 0xe9, 0xef);
    static final Color[] FAN = {new Color(0xdc, 0xe6, 0xf2), new Color(0xb4, 0xc9, 0xe2),
            new Color(0x86, 0xa7, 0xcf)};
    static final Font FONT = dejaVu();

    private Charts() {
    }

    static List<Chart> of(Assessment a) {
        List<Chart> charts = new ArrayList<>();
        Trends t = a.trends();
        charts.add(weeklyEvents(t));
        if (a.flash() == null && t.hotspots().stream().anyMatch(h -> h.dimension() == Dimension.ADMIN1)) {
            charts.add(hotspots(t));
        }
        for (SeriesForecast f : a.prognosis().series()) {
            // A flash shows the forecast of its related series only; the job's series stand behind its scenarios.
            boolean shown = a.flash() == null || f.id().equals(dev.sitrep.assessment.FlashComposer.RELATED_SERIES);
            if (shown && !f.points().isEmpty()) {
                charts.add(fan(f));
            }
        }
        return charts;
    }

    private static Chart weeklyEvents(Trends t) {
        CountRow total = t.total();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Integer> weekly = total.weekly();
        for (int i = 0; i < weekly.size(); i++) {
            data.addValue(weekly.get(i), "events", shortWeek(t.period().minusWeeks(weekly.size() - 1 - i)));
        }
        JFreeChart chart = new JFreeChart(null, FONT, new CategoryPlot(data, new CategoryAxis(),
                new NumberAxis("events a week"), new SignalBars(weekly.size() - 1, total.signal())), false);
        theme(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        double sd = Math.sqrt(total.test().variance());
        IntervalMarker band = new IntervalMarker(Math.max(0, total.baselineMean() - 1.96 * sd),
                total.baselineMean() + 1.96 * sd, BAND);
        // Opaque: translucency needs an offscreen group that the PDF's SVG drawer cannot nest (and PDF/A-1 bans).
        band.setAlpha(1f);
        plot.addRangeMarker(band, org.jfree.chart.ui.Layer.BACKGROUND);
        ValueMarker mean = new ValueMarker(total.baselineMean(), INK, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
        mean.setAlpha(1f);
        plot.addRangeMarker(mean);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        String alt = String.format(Locale.ROOT, "Events logged per week, %s to %s: %d in %s against a baseline of "
                        + "%.1f a week (dashed line; band: the baseline's 95 %% range); %s.",
                t.period().minusWeeks(weekly.size() - 1), t.period(), total.current(), t.period(), total.baselineMean(),
                total.signal().label());
        caption(chart, "Events per week against the baseline; " + t.period() + " in colour when it is a surge or drop");
        return new Chart("chart-weekly-events.svg", alt, svg(chart));
    }

    private static Chart hotspots(Trends t) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Trends.Hotspot> spots = t.hotspots().stream().filter(h -> h.dimension() == Dimension.ADMIN1).toList();
        for (Trends.Hotspot h : spots) {
            data.addValue(h.events().current(), "this week", h.events().key());
            data.addValue(h.events().baselineMean(), "baseline a week", h.events().key());
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), new NumberAxis("events"), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, FONT, plot, true);
        theme(chart);
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setSeriesPaint(0, SURGE);
        bars.setSeriesPaint(1, BAR);
        StringBuilder alt = new StringBuilder("Events this week by governorate, against each one's baseline: ");
        for (int i = 0; i < spots.size(); i++) {
            CountRow r = spots.get(i).events();
            alt.append(String.format(Locale.ROOT, "%s%s %d (baseline %.1f)", i == 0 ? "" : "; ", r.key(),
                    r.current(), r.baselineMean()));
        }
        caption(chart, "Hotspots: events this week by governorate, against the baseline");
        return new Chart("chart-hotspots.svg", alt + ".", svg(chart, WIDTH, 80 + 26 * spots.size()));
    }

    private static Chart fan(SeriesForecast f) {
        List<Integer> history = f.history().counts();
        IsoWeek last = f.history().last();
        int n = history.size();
        XYSeries observed = new XYSeries("observed");
        for (int i = 0; i < n; i++) {
            observed.add(i - n + 1, history.get(i));
        }
        YIntervalSeriesCollection fan = new YIntervalSeriesCollection();
        String[] names = {"95 %", "80 %", "50 %"};
        for (int s = 0; s < 3; s++) {
            YIntervalSeries band = new YIntervalSeries(names[s]);
            band.add(0, history.get(n - 1), history.get(n - 1), history.get(n - 1));
            for (int h = 0; h < f.points().size(); h++) {
                ForecastPoint p = f.points().get(h);
                int lo = s == 0 ? p.lo95() : s == 1 ? p.lo80() : p.lo50();
                int hi = s == 0 ? p.hi95() : s == 1 ? p.hi80() : p.hi50();
                band.add(h + 1, p.central(), lo, hi);
            }
            fan.addSeries(band);
        }
        NumberAxis weeks = new NumberAxis();
        // A label every 4 weeks is legible over a year; over two it runs the labels into each other, and a
        // week number then recurs, so the labels, a quarter apart, carry their year.
        boolean longSpan = n + f.points().size() > 60;
        weeks.setTickUnit(new NumberTickUnit(longSpan ? 13 : 4));
        weeks.setNumberFormatOverride(new WeekLabels(last, longSpan));
        NumberAxis counts = new NumberAxis(f.unit() + " a week");
        counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        DeviationRenderer bands = new DeviationRenderer(true, false);
        XYPlot plot = new XYPlot(fan, weeks, counts, bands);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        plot.setDataset(1, new XYSeriesCollection(observed));
        plot.setRenderer(1, line);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(null, FONT, plot, false);
        // The theme sets series colours, so ours go on after it.
        theme(chart);
        bands.setAlpha(1f);
        for (int s = 0; s < 3; s++) {
            bands.setSeriesFillPaint(s, FAN[s]);
            bands.setSeriesPaint(s, INK);
            bands.setSeriesStroke(s, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 3f}, 0f));
        }
        line.setSeriesPaint(0, INK);
        line.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
        ForecastPoint total = f.horizonTotal();
        String alt = String.format(Locale.ROOT, "%s: weekly counts for the %d weeks to %s, then the forecast for the "
                        + "next %d weeks: a median of %.0f in the first week and %.0f in all (80 %% interval %d to %d).",
                f.title(), n, last, f.points().size(), f.points().get(0).central(), total.central(), total.lo80(),
                total.hi80());
        caption(chart, f.title() + ": observed, then the forecast's median with 50, 80 and 95 % intervals");
        return new Chart("chart-forecast-" + f.id() + ".svg", alt, svg(chart));
    }

    /** Bars in one colour, the period's own in the colour of its signal. */
    private static final class SignalBars extends BarRenderer {
        private final int current;
        private final Signal signal;

        SignalBars(int current, Signal signal) {
            this.current = current;
            this.signal = signal;
            setBarPainter(new StandardBarPainter());
            setShadowVisible(false);
            setDrawBarOutline(false);
        }

        @Override
        public Paint getItemPaint(int row, int column) {
            if (column != current) {
                return BAR;
            }
            return signal == Signal.SURGE ? SURGE : signal == Signal.DROP ? DROP : INK;
        }
    }

    /** Axis positions as ISO weeks: 0 is the period, negative before it, positive after it. */
    static final class WeekLabels extends NumberFormat {
        private final IsoWeek period;
        private final boolean withYear;

        WeekLabels(IsoWeek period, boolean withYear) {
            this.period = period;
            this.withYear = withYear;
        }

        WeekLabels(IsoWeek period) {
            this(period, false);
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return format(Math.round(number), to, pos);
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            IsoWeek week = period.plusWeeks((int) number);
            return to.append(withYear ? week.toString() : shortWeek(week));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            throw new UnsupportedOperationException("labels only");
        }
    }

    /** "W36": the year is in the alt text and the tables, and a full label does not fit under a bar. */
    private static String shortWeek(IsoWeek week) {
        return week.toString().substring(5);
    }

    static void theme(JFreeChart chart) {
        StandardChartTheme theme = new StandardChartTheme("sitrep");
        theme.setExtraLargeFont(FONT.deriveFont(Font.BOLD, 13f));
        theme.setLargeFont(FONT.deriveFont(11f));
        theme.setRegularFont(FONT.deriveFont(10f));
        theme.setSmallFont(FONT.deriveFont(9f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(BAND);
        theme.setRangeGridlinePaint(BAND);
        theme.setAxisLabelPaint(INK);
        theme.setTickLabelPaint(INK);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        chart.getPlot().setOutlineVisible(false);
    }

    static void caption(JFreeChart chart, String text) {
        TextTitle title = new TextTitle(text, FONT.deriveFont(Font.BOLD, 11f));
        title.setPaint(INK);
        chart.setTitle(title);
    }

    static String svg(JFreeChart chart) {
        return svg(chart, WIDTH, HEIGHT);
    }

    static String svg(JFreeChart chart, int width, int height) {
        return svg(width, height, g -> chart.draw(g, new Rectangle2D.Double(0, 0, width, height)));
    }

    /** The one way Sitrep turns drawing into SVG (charts and maps alike): Batik, no comment, no timestamp. */
    static String svg(int width, int height, java.util.function.Consumer<java.awt.Graphics2D> drawing) {
        Document doc = GenericDOMImplementation.getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(null);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new java.awt.Dimension(width, height));
        drawing.accept(g);
        StringWriter out = new StringWriter();
        try {
            g.stream(g.getRoot(), out, false, false);
        } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new UncheckedIOException("cannot write a chart's SVG", e);
        }
        return out.toString();
    }

    /** The PDF's own face, known to AWT under its family name so that the SVG names it too. */
    private static Font dejaVu() {
        try (InputStream in = Charts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font.deriveFont(10f);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("the bundled DejaVu Sans cannot be loaded", e);
        }
    }
}
