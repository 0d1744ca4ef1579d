package dev.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a locator map's SVG back for tests: its circles, and where the projection must put a point. */
public final class MapSvg {

    /** The charts' accent colour, in which a map draws its own event. */
    public static final String ACCENT = "rgb(176,58,46)";
    private static final Pattern CIRCLE = Pattern.compile("<circle ([^>]*)>");

    private MapSvg() {
    }

    /** A circle of the SVG: centre, radius, fill (null when it has none of its own). */
    public record Circle(double cx, double cy, double r, String fill) {
    }

    public static List<Circle> circles(String svg) {
        List<Circle> out = new ArrayList<>();
        Matcher m = CIRCLE.matcher(svg);
        while (m.find()) {
            String a = m.group(1);
            out.add(new Circle(number(a, "cx"), number(a, "cy"), number(a, "r"), attribute(a, "fill")));
        }
        return out;
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
