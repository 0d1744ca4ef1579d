package dev.sitrep.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.List;

/**
 * The shapes of one map through one projection: land (Syria tinted), governorate boundaries, coast
 * solid and land borders dashed, and the event markers. The main map and its inset are each one
 * layer, so a marker means the same in both.
 */
final class MapLayer {

    private static final Color SEA = new Color(0xdf, 0xe8, 0xf1);
    private static final Color LAND = new Color(0xf6, 0xf4, 0xee);
    private static final Color SYRIA = new Color(0xec, 0xe5, 0xd3);
    private static final Color COAST = new Color(0x7d, 0x93, 0xab);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    /** Governorate lines: quieter than a border, as they only help find a place. */
    private static final Color GOVERNORATE = new Color(0xbd, 0xb3, 0x9a);

    private final Graphics2D g;
    private final MapProjection p;
    private final MapKey key;

    MapLayer(Graphics2D g, MapProjection projection, MapKey key) {
        this.g = g;
        this.p = projection;
        this.key = key;
    }

    /** Sea and land over {@code area}; {@code boundaryWidth} of the governorate lines (thicker in an inset). */
    void outlines(Shape area, MapData data, Governorates governorates, float boundaryWidth) {
        g.setPaint(SEA);
        g.fill(area);
        MapData.Box view = p.visible();
        data.countries().forEach((name, polygons) -> {
            g.setPaint(name.equals("Syria") ? SYRIA : LAND);
            polygons.stream().filter(ring -> touches(ring, view)).forEach(ring -> g.fill(path(ring, true)));
        });
        g.setStroke(new BasicStroke(boundaryWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(GOVERNORATE);
        governorates.boundaries().stream().filter(l -> touches(l, view)).forEach(l -> g.draw(path(l, false)));
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(COAST);
        data.coasts().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(line, false)));
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2f},
                0f));
        g.setPaint(BORDER);
        data.borders().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(line, false)));
    }

    /** Centre and the radius that names keep clear of (the ring's, for the map's own event). */
    double[] at(MapTally.Spot s) {
        return at(p, s);
    }

    static double[] at(MapProjection p, MapTally.Spot s) {
        return new double[] {p.x(s.lon()), p.y(s.lat()), s.emphasis() ? s.radius() + 3 : s.radius()};
    }

    void markers(List<MapTally.Spot> spots) {
        spots.forEach(s -> {
            double[] m = at(s);
            marker(g, m[0], m[1], s.radius(), s.emphasis() ? Charts.SURGE : key.colour(s.type()), s.emphasis());
        });
    }

    /** A dot edged in white (so touching dots stay apart); the map's own event in the accent colour, ringed. */
    static void marker(Graphics2D g, double x, double y, double r, Color fill, boolean ringed) {
        Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setPaint(fill);
        g.fill(dot);
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(dot);
        if (ringed) {
            double ring = r + 3;
            g.setPaint(Charts.SURGE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Ellipse2D.Double(x - ring, y - ring, 2 * ring, 2 * ring));
        }
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
