package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws a map's inset: its panel with a title strip naming the governorate, the cluster's area at
 * governorate scale (governorate lines drawn firmer than on the main map, and named), the markers at
 * the same sizes as on the main map (one key serves both), the place names, a scale, and a line from
 * the box on the main map to the panel.
 */
final class InsetDrawing {

    private static final Font GOVERNORATE_FONT = Charts.FONT.deriveFont(Font.ITALIC, 10f);
    private static final Font TITLE_FONT = Charts.FONT.deriveFont(Font.BOLD, 9f);

    private final Graphics2D g;
    private final MapDrawing.Scene s;
    private final MapInset inset;

    InsetDrawing(Graphics2D g, MapDrawing.Scene scene) {
        this.g = g;
        this.s = scene;
        this.inset = scene.inset();
    }

    void draw() {
        leader();
        Rectangle2D area = inset.area();
        g.setClip(area);
        MapLayer layer = new MapLayer(g, inset.projection(), s.key());
        layer.outlines(area, s.data(), s.governorates(), 1.2f);
        List<MapTally.Spot> shown = s.spots().stream()
                .filter(p -> area.contains(inset.projection().x(p.lon()), inset.projection().y(p.lat()))).toList();
        PlaceLabels labels = new PlaceLabels(area, shown.stream().map(layer::at).toList());
        labels.reserve(ScaleBar.box(inset.projection(), area, false));
        List<PlaceLabels.Placed> places = labels.place(shown, layer::at);
        governorateNames(labels);
        layer.markers(shown);
        MapDrawing.names(g, places);
        g.setClip(null);
        ScaleBar.draw(g, inset.projection(), area, false);
        title();
    }

    /** From the box's corner nearest the panel to the panel's corner nearest the box. */
    private void leader() {
        Rectangle2D box = inset.box();
        Rectangle2D panel = inset.panel();
        double bx = panel.getCenterX() < box.getCenterX() ? box.getMinX() : box.getMaxX();
        double by = panel.getCenterY() < box.getCenterY() ? box.getMinY() : box.getMaxY();
        double px = box.getCenterX() < panel.getMinX() ? panel.getMinX() : panel.getMaxX();
        double py = box.getCenterY() < panel.getMinY() ? panel.getMinY() : panel.getMaxY();
        g.setPaint(Charts.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(new Line2D.Double(bx, by, px, py));
    }

    /** After the places, each where its middle is in the inset. */
    private void governorateNames(PlaceLabels labels) {
        g.setFont(GOVERNORATE_FONT);
        g.setPaint(MapDrawing.COUNTRY);
        for (MapData.Label l : s.governorates().labels()) {
            double x = inset.projection().x(l.lon());
            double y = inset.projection().y(l.lat());
            PlaceLabels.Placed c = labels.centred(l.name(), GOVERNORATE_FONT, x, y);
            // A small governorate's middle is often its city's marker: the name then goes beside it.
            c = c != null || !inset.area().contains(x, y) ? c : labels.around(l.name(), GOVERNORATE_FONT, x, y, 8);
            if (c != null) {
                g.drawString(c.text(), (float) c.x(), (float) c.y());
            }
        }
    }

    private void title() {
        Rectangle2D panel = inset.panel();
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(panel.getX(), panel.getY(), panel.getWidth(), MapInset.TITLE));
        g.setPaint(Charts.INK);
        g.setFont(TITLE_FONT);
        g.drawString(inset.title(), (float) (panel.getX() + 4), (float) (panel.getY() + 10));
        g.setStroke(new BasicStroke(1f));
        g.draw(panel);
    }
}
