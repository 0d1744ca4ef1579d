package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Draws one locator map onto a Graphics2D (Batik's, through {@link Charts#svg}): sea, land (Syria
 * tinted), coastline solid and land borders dashed, country names, markers, place names, the scale,
 * the frame, the title and the note. Bottom to top, so names stay above lines and markers.
 */
final class MapDrawing {

    private static final Rectangle2D FRAME = LocatorMaps.FRAME;
    private static final Color SEA = new Color(0xdf, 0xe8, 0xf1);
    private static final Color LAND = new Color(0xf6, 0xf4, 0xee);
    private static final Color SYRIA = new Color(0xec, 0xe5, 0xd3);
    private static final Color COAST = new Color(0x7d, 0x93, 0xab);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    private static final Color COUNTRY = new Color(0x6b, 0x78, 0x88);
    private static final Font COUNTRY_FONT = Charts.FONT.deriveFont(12f);
    private static final Font SMALL = Charts.FONT.deriveFont(9f);

    private final Graphics2D g;
    private final MapProjection p;

    MapDrawing(Graphics2D g, MapProjection projection) {
        this.g = g;
        this.p = projection;
    }

    void draw(MapData data, List<MapTally.Spot> spots, String title, String note) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, LocatorMaps.WIDTH, LocatorMaps.HEIGHT));
        g.setPaint(SEA);
        g.fill(FRAME);
        g.setClip(FRAME);
        outlines(data);
        List<double[]> markers = spots.stream().map(this::marker).toList();
        PlaceLabels labels = new PlaceLabels(FRAME, markers);
        List<PlaceLabels.Placed> places = labels.place(spots, this::marker);
        countryNames(data, labels);
        for (int i = 0; i < spots.size(); i++) {
            marker(spots.get(i), markers.get(i));
        }
        g.setFont(PlaceLabels.FONT);
        g.setPaint(Charts.INK);
        places.forEach(l -> g.drawString(l.text(), (float) l.x(), (float) l.y()));
        g.setClip(null);
        scaleBar();
        g.setStroke(new BasicStroke(0.6f));
        g.draw(FRAME);
        g.setFont(Charts.FONT.deriveFont(Font.BOLD, 11f));
        g.drawString(title, 6f, 18f);
        g.setFont(SMALL);
        g.drawString(note, 6f, 486f);
        g.setPaint(COUNTRY);
        g.drawString("Outlines: Natural Earth (public domain)", 6f, 497f);
    }

    private void outlines(MapData data) {
        MapData.Box view = p.visible();
        data.countries().forEach((name, polygons) -> {
            g.setPaint(name.equals("Syria") ? SYRIA : LAND);
            polygons.stream().filter(ring -> touches(ring, view)).forEach(ring -> g.fill(path(ring, true)));
        });
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(COAST);
        data.coasts().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(line, false)));
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2f},
                0f));
        g.setPaint(BORDER);
        data.borders().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(line, false)));
    }

    /** After the places: a country's name gives way to an event's. */
    private void countryNames(MapData data, PlaceLabels labels) {
        g.setFont(COUNTRY_FONT);
        g.setPaint(COUNTRY);
        for (MapData.Label l : data.labels()) {
            PlaceLabels.Placed c = labels.centred(l.name(), COUNTRY_FONT, p.x(l.lon()), p.y(l.lat()));
            if (c != null) {
                g.drawString(c.text(), (float) c.x(), (float) c.y());
            }
        }
    }

    /** Centre and the radius that names keep clear of (the ring's, for the map's own event). */
    private double[] marker(MapTally.Spot s) {
        return new double[] {p.x(s.lon()), p.y(s.lat()), s.emphasis() ? s.radius() + 3 : s.radius()};
    }

    /** The map's own event: a red dot in a red ring; the related ones: dark dots; each edged in white. */
    private void marker(MapTally.Spot s, double[] m) {
        double r = s.radius();
        Ellipse2D dot = new Ellipse2D.Double(m[0] - r, m[1] - r, 2 * r, 2 * r);
        g.setPaint(s.emphasis() ? Charts.SURGE : Charts.INK);
        g.fill(dot);
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(dot);
        if (s.emphasis()) {
            g.setPaint(Charts.SURGE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Ellipse2D.Double(m[0] - m[2], m[1] - m[2], 2 * m[2], 2 * m[2]));
        }
    }

    /** 50, 100 or 200 km, whichever is closest to a sixth of the map's width. */
    private void scaleBar() {
        double want = FRAME.getWidth() / 6 * p.kmPerPixel();
        int km = want < 75 ? 50 : want < 150 ? 100 : 200;
        double length = km / p.kmPerPixel();
        double x = FRAME.getMaxX() - 12 - length;
        double y = FRAME.getMaxY() - 10;
        g.setPaint(Charts.INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Line2D.Double(x, y, x + length, y));
        g.draw(new Line2D.Double(x, y - 3, x, y));
        g.draw(new Line2D.Double(x + length, y - 3, x + length, y));
        g.setFont(SMALL);
        g.drawString(km + " km", (float) x, (float) (y - 5));
    }

    /** Whether a shape's bounding box meets the view: what lies wholly outside it is left out of the SVG. */
    private static boolean touches(double[] lonLat, MapData.Box view) {
        double w = Double.MAX_VALUE, s = Double.MAX_VALUE, e = -Double.MAX_VALUE, n = -Double.MAX_VALUE;
        for (int i = 0; i < lonLat.length; i += 2) {
            w = Math.min(w, lonLat[i]);
            e = Math.max(e, lonLat[i]);
            s = Math.min(s, lonLat[i + 1]);
            n = Math.max(n, lonLat[i + 1]);
        }
        return w <= view.east() && e >= view.west() && s <= view.north() && n >= view.south();
    }

    private Path2D path(double[] lonLat, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(p.x(lonLat[0]), p.y(lonLat[1]));
        for (int i = 2; i < lonLat.length; i += 2) {
            path.lineTo(p.x(lonLat[i]), p.y(lonLat[i + 1]));
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }
}
