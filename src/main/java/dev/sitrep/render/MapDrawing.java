package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws one locator map onto a Graphics2D (Batik's, through {@link Charts#svg}): the main map (outlines,
 * markers, place and country names), the inset over it when the events cluster, the scale, the frame,
 * the title, the key, the note and the source. Bottom to top, so names stay above lines and markers.
 */
final class MapDrawing {

    private static final Rectangle2D FRAME = LocatorMaps.FRAME;
    static final Color COUNTRY = new Color(0x6b, 0x78, 0x88);
    private static final Font COUNTRY_FONT = Charts.FONT.deriveFont(12f);
    static final Font SMALL = Charts.FONT.deriveFont(9f);
    private static final double LINE = 11;
    private static final int[] SCALE_KM = {5, 10, 20, 50, 100, 200};

    /** Everything one map shows; {@code inset} and {@code legend} are null when it has none. */
    record Scene(MapData data, Governorates governorates, MapProjection projection, List<MapTally.Spot> spots,
                 MapKey key, MapInset inset, MapLegend legend, String title, List<String> note) {
    }

    private final Graphics2D g;
    private final Scene s;

    MapDrawing(Graphics2D g, Scene scene) {
        this.g = g;
        this.s = scene;
    }

    /** The canvas's height: the frame, then the key, the note's lines and the source line. */
    static int height(Scene s) {
        double keyHeight = s.legend() == null ? 0 : s.legend().height() + 8;
        return (int) Math.ceil(FRAME.getMaxY() + 8 + keyHeight + s.note().size() * LINE + LINE + 2);
    }

    void draw() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, LocatorMaps.WIDTH, height(s)));
        g.setClip(FRAME);
        mainMap();
        g.setClip(null);
        if (s.inset() != null) {
            new InsetDrawing(g, s).draw();
        }
        scaleBar(g, s.projection(), FRAME, scaleOnLeft());
        g.setPaint(Charts.INK);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(FRAME);
        g.setFont(Charts.FONT.deriveFont(Font.BOLD, 11f));
        g.drawString(s.title(), 6f, 18f);
        double y = FRAME.getMaxY() + 8;
        if (s.legend() != null) {
            s.legend().draw(g, 6, y, LocatorMaps.WIDTH - 12);
            y += s.legend().height() + 8;
        }
        g.setFont(SMALL);
        g.setPaint(Charts.INK);
        for (String line : s.note()) {
            g.drawString(line, 6f, (float) (y + 8));
            y += LINE;
        }
        g.setPaint(COUNTRY);
        g.drawString("Outlines: Natural Earth (public domain)", 6f, (float) (y + 8));
    }

    /** The scale gives way to an inset in the bottom right corner. */
    private boolean scaleOnLeft() {
        return s.inset() != null && s.inset().corner() == 3;
    }

    /** Names of places the inset enlarges are written there, not here, where they would crowd. */
    private void mainMap() {
        MapLayer layer = new MapLayer(g, s.projection(), s.key());
        layer.outlines(FRAME, s.data(), s.governorates(), 0.5f);
        PlaceLabels labels = new PlaceLabels(FRAME, s.spots().stream().map(layer::at).toList());
        labels.reserve(scaleBox(s.projection(), FRAME, scaleOnLeft()));
        if (s.inset() != null) {
            labels.reserve(s.inset().panel());
        }
        List<PlaceLabels.Placed> places = labels.place(s.spots().stream()
                .filter(p -> s.inset() == null || !s.inset().enlarges(layer.at(p)[0], layer.at(p)[1])).toList(),
                layer::at);
        countryNames(labels);
        layer.markers(s.spots());
        names(g, places);
        if (s.inset() != null) {
            // Edged in white: the box sits on the very markers it enlarges and must still show.
            g.setPaint(Color.WHITE);
            g.setStroke(new BasicStroke(3f));
            g.draw(s.inset().box());
            g.setPaint(Charts.INK);
            g.setStroke(new BasicStroke(1.2f));
            g.draw(s.inset().box());
        }
    }

    /** After the places: a country's name gives way to an event's. */
    private void countryNames(PlaceLabels labels) {
        g.setFont(COUNTRY_FONT);
        g.setPaint(COUNTRY);
        for (MapData.Label l : s.data().labels()) {
            PlaceLabels.Placed c = labels.centred(l.name(), COUNTRY_FONT, s.projection().x(l.lon()),
                    s.projection().y(l.lat()));
            if (c != null) {
                g.drawString(c.text(), (float) c.x(), (float) c.y());
            }
        }
    }

    static void names(Graphics2D g, List<PlaceLabels.Placed> places) {
        g.setFont(PlaceLabels.FONT);
        g.setPaint(Charts.INK);
        places.forEach(l -> g.drawString(l.text(), (float) l.x(), (float) l.y()));
    }

    /** The round distance nearest a sixth of the area's width, at its bottom right (or left). */
    static void scaleBar(Graphics2D g, MapProjection p, Rectangle2D area, boolean left) {
        Rectangle2D bar = scaleBox(p, area, left);
        double x = bar.getX() + 1;
        double length = bar.getWidth() - 2;
        double y = area.getMaxY() - 10;
        g.setPaint(Charts.INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(x, y, x + length, y));
        g.draw(new Line2D.Double(x, y - 3, x, y));
        g.draw(new Line2D.Double(x + length, y - 3, x + length, y));
        g.setFont(SMALL);
        g.drawString(scaleKm(p, area) + " km", (float) x, (float) (y - 5));
    }

    /** Where the scale bar and its words go, for names to keep clear of. */
    static Rectangle2D scaleBox(MapProjection p, Rectangle2D area, boolean left) {
        double length = scaleKm(p, area) / p.kmPerPixel();
        double x = left ? area.getX() + 12 : area.getMaxX() - 12 - length;
        double y = area.getMaxY() - 10;
        return new Rectangle2D.Double(x - 1, y - 15, Math.max(length, 30) + 2, 17);
    }

    private static int scaleKm(MapProjection p, Rectangle2D area) {
        double want = area.getWidth() / 6 * p.kmPerPixel();
        int km = SCALE_KM[0];
        for (int step : SCALE_KM) {
            km = Math.abs(step - want) < Math.abs(km - want) ? step : km;
        }
        return km;
    }
}
