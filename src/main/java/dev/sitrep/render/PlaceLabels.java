package dev.sitrep.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the place names go: each name once (at its deadliest spot), the map's own event first, then by
 * deaths and number of events (the largest markers are what a reader asks about); each tries right,
 * left, above and below its marker, then the four diagonals, and takes the first spot that overlaps no
 * marker and no name already placed, else is left out (the alt text still lists it).
 * Widths come from the font's own metrics with fractional metrics, so placement is the same everywhere.
 */
final class PlaceLabels {

    static final Font FONT = Charts.FONT.deriveFont(10f);
    private static final FontRenderContext METRICS = new FontRenderContext(null, true, true);
    private static final int MOST = 30;

    /** A name to write with its baseline starting at (x, y), and the box it covers. */
    record Placed(String text, double x, double y, Rectangle2D box) {
    }

    private final Rectangle2D area;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Placed> placed = new ArrayList<>();

    /** Names must fit inside {@code area}; markers (x, y, radius) are already taken. */
    PlaceLabels(Rectangle2D area, List<double[]> markers) {
        this.area = area;
        for (double[] m : markers) {
            taken.add(new Rectangle2D.Double(m[0] - m[2], m[1] - m[2], 2 * m[2], 2 * m[2]));
        }
    }

    /** Keeps names off {@code area} (an inset drawn over the map there). */
    void reserve(Rectangle2D area) {
        taken.add(area);
    }

    /** How wide {@code text} is in {@code font}, with the metrics placement uses. */
    static double width(String text, Font font) {
        return font.getStringBounds(text, METRICS).getWidth();
    }

    /** Places the spots' names; {@code at} gives each spot's marker as (x, y, radius). */
    List<Placed> place(List<MapTally.Spot> spots, java.util.function.Function<MapTally.Spot, double[]> at) {
        List<MapTally.Spot> order = new ArrayList<>(spots);
        order.sort(Comparator.comparing(MapTally.Spot::emphasis).reversed()
                .thenComparing(Comparator.comparingInt(MapTally.Spot::deaths).reversed())
                .thenComparing(Comparator.comparingInt(MapTally.Spot::count).reversed())
                .thenComparing(MapTally.Spot::label));
        Set<String> seen = new HashSet<>();
        for (MapTally.Spot s : order) {
            if (placed.size() < MOST && !s.label().isEmpty() && seen.add(s.label())) {
                double[] m = at.apply(s);
                around(s.label(), FONT, m[0], m[1], m[2]);
            }
        }
        return List.copyOf(placed);
    }

    /** {@code text} centred on (x, y) if it fits, else null; for country names, after the places. */
    Placed centred(String text, Font font, double x, double y) {
        Rectangle2D b = font.getStringBounds(text, METRICS);
        return tryAt(text, x - b.getWidth() / 2, y + b.getHeight() / 3, b);
    }

    /** {@code text} beside a marker of radius {@code r} at (x, y), where it first fits, else null. */
    Placed around(String text, Font font, double x, double y, double r) {
        Rectangle2D b = font.getStringBounds(text, METRICS);
        double w = b.getWidth();
        double up = b.getHeight() / 3;
        double d = r * 0.7 + 2;
        // A name above its marker stands on its descent, or a large marker's top would touch it.
        double above = y - r - 3 - (b.getHeight() + b.getY());
        double[][] candidates = {{x + r + 3, y + up}, {x - r - 3 - w, y + up}, {x - w / 2, above},
                {x - w / 2, y + r + 3 + b.getHeight() * 0.75}, {x + d, above + r - d}, {x - d - w, above + r - d},
                {x + d, y + d + b.getHeight() * 0.75}, {x - d - w, y + d + b.getHeight() * 0.75}};
        for (double[] c : candidates) {
            Placed p = tryAt(text, c[0], c[1], b);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private Placed tryAt(String text, double x, double y, Rectangle2D bounds) {
        Rectangle2D box = new Rectangle2D.Double(x - 1, y + bounds.getY() - 1, bounds.getWidth() + 2,
                bounds.getHeight() + 2);
        if (!area.contains(box) || taken.stream().anyMatch(t -> t.intersects(box))) {
            return null;
        }
        taken.add(box);
        Placed p = new Placed(text, x, y, box);
        placed.add(p);
        return p;
    }
}
