package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The key under the map: on the left each colour's event type (with how many events it marks), and
 * the map's own event when it has one; on the right reference circles for deaths, bottoms on one line
 * so their sizes compare. Laid out before drawing, as the canvas's height depends on it.
 */
final class MapLegend {

    static final Font FONT = Charts.FONT.deriveFont(9f);
    private static final Font HEADING = Charts.FONT.deriveFont(Font.BOLD, 9f);
    private static final double ROW = 14;
    private static final double SIZES_WIDTH = 250;
    private static final double SIZES_HEIGHT = 60;
    private static final Color REFERENCE = new Color(0xd9, 0xd9, 0xd9);

    /** One type's swatch: where its row starts, its words and colour. */
    private record Item(double dx, int row, String text, Color colour, boolean ringed) {
    }

    private final List<Item> items = new ArrayList<>();
    private final int rows;

    MapLegend(MapKey key, boolean emphasis, double width) {
        double room = width - SIZES_WIDTH - 12;
        double dx = 0;
        int row = 0;
        List<Item> all = new ArrayList<>();
        for (MapKey.Entry e : key.entries()) {
            all.add(new Item(0, 0, MapKey.name(e) + " (" + e.events() + ")", e.colour(), false));
        }
        if (emphasis) {
            all.add(new Item(0, 0, "the assessed event", Charts.SURGE, true));
        }
        for (Item i : all) {
            double w = 16 + PlaceLabels.width(i.text(), FONT) + 12;
            if (dx > 0 && dx + w > room) {
                dx = 0;
                row++;
            }
            items.add(new Item(dx, row, i.text(), i.colour(), i.ringed()));
            dx += w;
        }
        rows = row + 1;
    }

    double height() {
        return Math.max(ROW + rows * ROW, SIZES_HEIGHT);
    }

    void draw(Graphics2D g, double x, double y, double width) {
        g.setPaint(Charts.INK);
        g.setFont(HEADING);
        g.drawString("Colour: event type (events)", (float) x, (float) (y + 9));
        g.setFont(FONT);
        for (Item i : items) {
            double top = y + ROW + i.row() * ROW;
            MapLayer.marker(g, x + i.dx() + 6, top + 4, i.ringed() ? 3 : 4.5, i.colour(), i.ringed());
            g.setPaint(Charts.INK);
            g.setFont(FONT);
            g.drawString(i.text(), (float) (x + i.dx() + 16), (float) (top + 7.5));
        }
        sizes(g, x + width - SIZES_WIDTH, y);
    }

    /** Circles for the reference tolls, the smallest standing also for deaths not reported. */
    private void sizes(Graphics2D g, double x, double y) {
        g.setPaint(Charts.INK);
        g.setFont(HEADING);
        g.drawString("Area: deaths at the place", (float) x, (float) (y + 9));
        double base = y + 15 + 2 * MapKey.MAX_RADIUS;
        double cx = x + MapKey.MAX_RADIUS;
        List<String> words = new ArrayList<>(List.of("0–" + MapKey.hiddenBelow() + " or not reported"));
        List<Double> radii = new ArrayList<>(List.of(MapKey.MIN_RADIUS));
        for (int i = 0; i < MapKey.SIZES.length; i++) {
            words.add(MapKey.SIZES[i] + (i == MapKey.SIZES.length - 1 ? "+" : ""));
            radii.add(MapKey.radius(MapKey.SIZES[i]));
        }
        for (int i = 0; i < words.size(); i++) {
            double r = radii.get(i);
            double half = Math.max(r, PlaceLabels.width(words.get(i), FONT) / 2);
            cx += i == 0 ? half - MapKey.MAX_RADIUS : half;
            Ellipse2D circle = new Ellipse2D.Double(cx - r, base - 2 * r, 2 * r, 2 * r);
            g.setPaint(REFERENCE);
            g.fill(circle);
            g.setPaint(Charts.INK);
            g.setStroke(new BasicStroke(0.6f));
            g.draw(circle);
            g.setFont(FONT);
            g.drawString(words.get(i), (float) (cx - PlaceLabels.width(words.get(i), FONT) / 2), (float) (base + 11));
            cx += half + 14;
        }
    }
}
