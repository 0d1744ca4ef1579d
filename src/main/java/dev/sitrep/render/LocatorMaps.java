package dev.sitrep.render;

import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Locator maps: events as markers on Syria and its neighbours (Natural Earth outlines, {@link MapData}),
 * coloured by type and sized by deaths ({@link MapKey}, drawn as a key under the map), the map's own
 * event ringed in the charts' accent colour, places named where the names fit, and an inset at
 * governorate scale where most events crowd into one small area ({@link MapCluster}). Drawn through
 * the charts' SVG path (Batik, DejaVu Sans, flat colours), so the same points give the same bytes and
 * the PDF gets vectors. Events without coordinates, or located only to a governorate or the country
 * (whose coordinates are that area's centre, not a place), are counted in the note, never drawn as
 * places and never a failure.
 */
public final class LocatorMaps {

    public static final String FILE = "map-events.svg";
    static final int WIDTH = 640;
    /** The map's rectangle on the canvas: a title above it, the key, a note and the source below. */
    static final Rectangle2D FRAME = new Rectangle2D.Double(4, 26, 632, 446);
    /** Degrees around Syria always shown, whatever the points: enough neighbours to place it (Cyprus to Iraq). */
    static final double MARGIN = 1.5;

    private LocatorMaps() {
    }

    /** The map of {@code points} under {@code title}, to be written as {@value #FILE}. */
    public static Chart of(String title, List<MapPoint> points) {
        return of(FILE, title, points);
    }

    /** As above, written as {@code file} (an edition with two maps needs two names). */
    public static Chart of(String file, String title, List<MapPoint> points) {
        MapData data = MapData.levant();
        Governorates governorates = Governorates.syria();
        MapCount count = MapCount.of(points, data.box());
        List<MapPoint> drawn = count.drawn();
        MapProjection projection = projection(data, drawn);
        List<MapTally.Spot> spots = MapTally.of(drawn);
        MapKey key = MapKey.of(drawn);
        MapInset inset = MapCluster.find(drawn, governorates)
                .flatMap(c -> MapInset.place(c, projection, FRAME, spots.stream().map(s -> MapLayer.at(projection, s))
                        .toList()))
                .orElse(null);
        String note = MapText.note(count, MapTally.places(spots));
        boolean emphasis = spots.stream().anyMatch(MapTally.Spot::emphasis);
        MapDrawing.Scene scene = new MapDrawing.Scene(data, governorates, projection, spots, key, inset,
                spots.isEmpty() ? null : new MapLegend(key, emphasis, WIDTH - 12),
                title, MapText.lines(note, MapDrawing.SMALL, WIDTH - 12));
        String svg = Charts.svg(WIDTH, MapDrawing.height(scene), g -> new MapDrawing(g, scene).draw());
        return new Chart(file, MapText.alt(spots, key, inset, note), svg);
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
}
