package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a locator map's SVG back for tests: its circles, its inset (the box on the main map and the
 * panel that enlarges it), and where the projection must put a point.
 */
public final class MapSvg {

    /** The charts' accent colour, in which a map draws its own event. */
    public static final String ACCENT = "rgb(176,58,46)";
    private static final Pattern CIRCLE = Pattern.compile("<circle ([^>]*)>");
    private static final Pattern RECT = Pattern.compile("<rect ([^>]*)>");
    private static final Rect FRAME = new Rect(4, 26, 632, 446);
    /** The map frame's bottom: below it are the key, the note and the source. */
    private static final double FRAME_BOTTOM = FRAME.y() + FRAME.height();
    /** The inset's title strip, above its map. */
    private static final double INSET_TITLE = 14;

    private MapSvg() {
    }

    /** A circle of the SVG: centre, radius, fill (its own, or its group's: Batik leaves out what the group says). */
    public record Circle(double cx, double cy, double r, String fill) {
    }

    public static List<Circle> circles(String svg) {
        List<Circle> out = new ArrayList<>();
        Matcher m = CIRCLE.matcher(svg);
        while (m.find()) {
            String a = m.group(1);
            String fill = attribute(a, "fill");
            out.add(new Circle(number(a, "cx"), number(a, "cy"), number(a, "r"),
                    fill != null ? fill : groupFill(svg, m.start())));
        }
        return out;
    }

    /** The fill of the group an element at {@code at} is in (Batik's groups are not nested below the root). */
    private static String groupFill(String svg, int at) {
        int group = svg.lastIndexOf("<g ", at);
        return group < 0 ? null : attribute(svg.substring(group + 3, svg.indexOf('>', group)), "fill");
    }

    /** An unfilled rectangle: the frame, the inset's panel or its box on the main map. */
    public record Rect(double x, double y, double width, double height) {

        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /**
     * A map's inset: {@code box} on the main map is what {@code panel} shows (below its title strip), so
     * a point of the box maps linearly onto the panel (both projections are linear in lon and lat).
     */
    public record Inset(Rect box, Rect panel) {

        /** Where the inset draws what the main map draws at (x, y). */
        public double[] enlarged(double x, double y) {
            double height = panel.height() - INSET_TITLE;
            return new double[] {panel.x() + (x - box.x()) * panel.width() / box.width(),
                panel.y() + INSET_TITLE + (y - box.y()) * height / box.height()};
        }
    }

    /** The inset, if the map has one: the two unfilled rectangles besides the frame, the smaller the box. */
    public static Optional<Inset> inset(String svg) {
        List<Rect> rects = new ArrayList<>();
        Matcher m = RECT.matcher(svg);
        while (m.find()) {
            String a = m.group(1);
            Rect r = new Rect(number(a, "x"), number(a, "y"), number(a, "width"), number(a, "height"));
            if ("none".equals(attribute(a, "fill")) && !rects.contains(r) && !r.equals(FRAME)) {
                rects.add(r);
            }
        }
        if (rects.isEmpty()) {
            return Optional.empty();
        }
        assertThat(rects).as("an inset is its box and its panel").hasSize(2);
        rects.sort(Comparator.comparingDouble(r -> r.width() * r.height()));
        return Optional.of(new Inset(rects.get(0), rects.get(1)));
    }

    /** The circles of the main map: not the key's under the frame, nor the inset's over it. */
    public static List<Circle> mainMapCircles(String svg) {
        Optional<Inset> inset = inset(svg);
        return circles(svg).stream().filter(c -> c.cy() < FRAME_BOTTOM)
                .filter(c -> inset.isEmpty() || !inset.get().panel().contains(c.cx(), c.cy())).toList();
    }

    /** The circles drawn in the inset's panel. */
    public static List<Circle> insetCircles(String svg) {
        Rect panel = inset(svg).orElseThrow().panel();
        return circles(svg).stream().filter(c -> panel.contains(c.cx(), c.cy())).toList();
    }

    /** The SVG's words, its text elements joined by spaces (a note broken into lines reads as one again). */
    public static String words(String svg) {
        Matcher m = Pattern.compile("<text [^>]*>\\s*([^<]*)</text").matcher(svg);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group(1));
        }
        return String.join(" ", words);
    }

    private static double number(String attributes, String name) {
        return Double.parseDouble(attribute(attributes, name));
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Where the test expects a point: the view is Syria's outline widened by 1.5° on every side, fitted
     * into the 632 × 446 map frame at (4, 26) without stretching, longitude scaled by the cosine of the
     * view's middle latitude, centred.
     */
    public static double[] expected(double lon, double lat) {
        MapData.Box syria = MapData.levant().extent("Syria");
        double w = syria.west() - 1.5, e = syria.east() + 1.5, s = syria.south() - 1.5, n = syria.north() + 1.5;
        double cos = Math.cos((s + n) / 2 * Math.PI / 180);
        double scale = Math.min(632 / ((e - w) * cos), 446 / (n - s));
        // The widened view must lie inside the shipped data, or the map would be moved and this formula not hold.
        double halfLon = 316 / (cos * scale);
        assertThat((w + e) / 2 - halfLon).isGreaterThanOrEqualTo(30.0);
        assertThat((w + e) / 2 + halfLon).isLessThanOrEqualTo(46.0);
        return new double[] {4 + 316 + (lon - (w + e) / 2) * cos * scale, 26 + 223 - (lat - (s + n) / 2) * scale};
    }
}
