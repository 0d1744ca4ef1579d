package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
        ScaleBar.draw(g, s.projection(), FRAME, scaleOnLeft());
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
        labels.reserve(ScaleBar.box(s.projection(), FRAME, scaleOnLeft()));
        if (s.inset() != null) {
            labels.reserve(s.inset().panel());
            Rectangle2D box = s.inset().box();
            labels.reserve(new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4,
                    box.getHeight() + 4));
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
}
