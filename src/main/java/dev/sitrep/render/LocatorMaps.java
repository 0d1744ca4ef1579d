package dev.sitrep.render;

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
    /** Degrees around Syria always shown, whatever the points: enough neighbours to place it (Cyprus to Iraq). */
    static final double MARGIN = 1.5;
    private static final int MOST_IN_ALT = 12;

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
        String svg = Charts.svg(WIDTH, HEIGHT, g -> new MapDrawing(g, projection).draw(data, spots, title, note));
        return new Chart(file, alt(spots, note), svg);
    }

    /**
     * The edition's map: a weekly edition's every event of the period, none singled out; a flash
     * assessment's event (ringed, in the accent colour) among its related events.
     */
    static Chart ofAssessment(dev.sitrep.assessment.Assessment a) {
        if (a.flash() == null) {
            return of("Where the events of " + a.period() + " happened",
                    a.periodEvents().stream().map(e -> MapPoint.of(e, false)).toList());
        }
        String subject = a.flash().eventId();
        return of("The event (ringed) and the related events of its pattern",
                a.periodEvents().stream().map(e -> MapPoint.of(e, e.id().equals(subject))).toList());
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
            if (byCount.size() > listed) {
                alt.append("; and ").append(count(byCount.size() - listed, "more place"));
            }
            alt.append('.');
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
