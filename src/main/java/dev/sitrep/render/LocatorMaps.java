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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Locator maps: events as markers on Syria and its neighbours (Natural Earth outlines, {@link MapData}),
 * sized by the number of events at each place, the map's own event in the charts' accent colour, and
 * places named where the names fit. Drawn through the charts' SVG path (Batik, DejaVu Sans, flat
 * colours), so the same points give the same bytes and the PDF gets vectors. Events without
 * coordinates are counted and said to be missing, never a failure.
 */
public final class LocatorMaps {

    public static final String FILE = "map-events.svg";
    static final int WIDTH = 640;
    static final int HEIGHT = 500;
    /** The map's rectangle on the canvas: a title above it, a note and the source below. */
    static final Rectangle2D FRAME = new Rectangle2D.Double(4, 26, 632, 446);
    /** At least Syria and enough of its neighbours to place it (Cyprus to Iraq, Turkey to Jordan), whatever the points. */
    static final double MARGIN = 1.5;
    private static final Color SEA = new Color(0xdf, 0xe8, 0xf1);
    private static final Color LAND = new Color(0xf6, 0xf4, 0xee);
    private static final Color SYRIA = new Color(0xec, 0xe5, 0xd3);
    private static final Color COAST = new Color(0x7d, 0x93, 0xab);
    private static final Color BORDER = new Color(0x80, 0x80, 0x80);
    private static final Color COUNTRY = new Color(0x6b, 0x78, 0x88);
    private static final int MOST_IN_ALT = 12;
    private static final Font COUNTRY_FONT = Charts.FONT.deriveFont(12f);

    private LocatorMaps() {
    }

    /** The map of {@code points} under {@code title}, to be written as {@value #FILE}. */
    public static Chart of(String title, List<MapPoint> points) {
        return of(FILE, title, points);
    }

    /** As above, written as {@code file} (an edition with two maps needs two names). */
    public static Chart of(String file, String title, List<MapPoint> points) {
        MapData data = MapData.levant();
        List<MapPoint> located = points.stream().filter(MapPoint::located).toList();
        List<MapPoint> onMap = located.stream().filter(p -> data.box().contains(p.lon(), p.lat())).toList();
        MapProjection projection = projection(data, onMap);
        List<MapTally.Spot> spots = MapTally.of(onMap);
        String note = note(onMap.size(), spots.size(), points.size() - located.size(), located.size() - onMap.size());
        String svg = Charts.svg(WIDTH, HEIGHT, g -> draw(g, data, projection, spots, title, note));
        return new Chart(file, alt(spots, note), svg);
    }

    /** The weekly edition's map: every event of the period, none singled out. */
    static Chart ofPeriod(dev.sitrep.assessment.Assessment a) {
        return of("Where the events of " + a.period() + " happened",
                a.periodEvents().stream().map(e -> MapPoint.of(e, false)).toList());
    }

    static MapProjection projection(MapData data, List<MapPoint> points) {
        MapData.Box view = data.extent("Syria").padded(MARGIN);
        for (MapPoint p : points) {
            view = view.union(new MapData.Box(p.lon(), p.lat(), p.lon(), p.lat()).padded(0.3));
        }
        view = view.within(data.box());
        return MapProjection.fit(view, FRAME.getX(), FRAME.getY(), FRAME.getWidth(), FRAME.getHeight())
                .keptWithin(data.box());
    }

    private static void draw(Graphics2D g, MapData data, MapProjection p, List<MapTally.Spot> spots, String title,
                             String note) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        g.setPaint(SEA);
        g.fill(FRAME);
        g.setClip(FRAME);
        MapData.Box view = p.visible();
        data.countries().forEach((name, polygons) -> {
            g.setPaint(name.equals("Syria") ? SYRIA : LAND);
            polygons.stream().filter(ring -> touches(ring, view)).forEach(ring -> g.fill(path(p, ring, true)));
        });
        g.setStroke(new BasicStroke(0.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(COAST);
        data.coasts().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(p, line, false)));
        g.setStroke(new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4f, 2f},
                0f));
        g.setPaint(BORDER);
        data.borders().stream().filter(line -> touches(line, view)).forEach(line -> g.draw(path(p, line, false)));
        List<double[]> markers = spots.stream().map(s -> marker(p, s)).toList();
        PlaceLabels labels = new PlaceLabels(FRAME, markers);
        List<PlaceLabels.Placed> places = labels.place(spots, s -> marker(p, s));
        g.setFont(COUNTRY_FONT);
        g.setPaint(COUNTRY);
        for (MapData.Label l : data.labels()) {
            PlaceLabels.Placed c = labels.centred(l.name(), COUNTRY_FONT, p.x(l.lon()), p.y(l.lat()));
            if (c != null) {
                g.drawString(c.text(), (float) c.x(), (float) c.y());
            }
        }
        for (int i = 0; i < spots.size(); i++) {
            drawMarker(g, spots.get(i), markers.get(i));
        }
        g.setFont(PlaceLabels.FONT);
        g.setPaint(Charts.INK);
        places.forEach(l -> g.drawString(l.text(), (float) l.x(), (float) l.y()));
        g.setClip(null);
        scaleBar(g, p);
        g.setStroke(new BasicStroke(0.6f));
        g.setPaint(Charts.INK);
        g.draw(FRAME);
        g.setFont(Charts.FONT.deriveFont(Font.BOLD, 11f));
        g.drawString(title, 6f, 18f);
        g.setFont(Charts.FONT.deriveFont(9f));
        g.drawString(note, 6f, 486f);
        g.setPaint(COUNTRY);
        g.drawString("Outlines: Natural Earth (public domain)", 6f, 497f);
    }

    private static double[] marker(MapProjection p, MapTally.Spot s) {
        return new double[] {p.x(s.lon()), p.y(s.lat()), s.emphasis() ? s.radius() + 3 : s.radius()};
    }

    /** The map's own event: a red dot in a red ring; the related ones: dark dots; each edged in white. */
    private static void drawMarker(Graphics2D g, MapTally.Spot s, double[] m) {
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
    private static void scaleBar(Graphics2D g, MapProjection p) {
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
        g.setFont(Charts.FONT.deriveFont(9f));
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

    private static Path2D path(MapProjection p, double[] lonLat, boolean closed) {
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

    /** "12 events at 5 places; 1 event without coordinates is not shown." */
    static String note(int shown, int places, int withoutCoordinates, int outside) {
        List<String> parts = new ArrayList<>();
        parts.add(shown == 0 ? "No events with coordinates"
                : count(shown, "event") + " at " + count(places, "place"));
        if (withoutCoordinates > 0) {
            parts.add(count(withoutCoordinates, "event") + " without coordinates "
                    + (withoutCoordinates == 1 ? "is" : "are") + " not shown");
        }
        if (outside > 0) {
            parts.add(count(outside, "event") + " outside the map " + (outside == 1 ? "is" : "are") + " not shown");
        }
        return String.join("; ", parts) + ".";
    }

    private static String alt(List<MapTally.Spot> spots, String note) {
        StringBuilder alt = new StringBuilder("Map of Syria and its neighbours. ").append(note);
        spots.stream().filter(MapTally.Spot::emphasis).findFirst()
                .ifPresent(s -> alt.append(" The event itself (red): ").append(where(s)).append('.'));
        List<MapTally.Spot> byCount = new ArrayList<>(spots);
        byCount.sort(java.util.Comparator.comparingInt(MapTally.Spot::count).reversed()
                .thenComparing(MapTally.Spot::label));
        if (!byCount.isEmpty()) {
            // The busiest places only: alt text is read aloud, and a week can have a hundred places.
            alt.append(" Events by place: ");
            int listed = Math.min(byCount.size(), MOST_IN_ALT);
            for (int i = 0; i < listed; i++) {
                MapTally.Spot s = byCount.get(i);
                alt.append(i == 0 ? "" : "; ").append(where(s)).append(String.format(Locale.ROOT, " %d", s.count()));
            }
            alt.append(byCount.size() > listed ? "; and " + count(byCount.size() - listed, "more place") : "").append('.');
        }
        return alt.toString();
    }

    private static String where(MapTally.Spot s) {
        return String.format(Locale.ROOT, "%s (%.3f° N, %.3f° E)", s.label().isEmpty() ? "unnamed" : s.label(),
                s.lat(), s.lon());
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
