package dev.sitrep.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events counted per place: a place with many events is one larger marker, not a pile of dots whose
 * count nobody can read. Places are the same label at the same spot to about a kilometre (0.01°).
 */
final class MapTally {

    /** One marker: where, what it is called, how many events, and whether the map's own event is among them. */
    record Spot(double lon, double lat, String label, int count, boolean emphasis) {

        /** Grows with the square root, so that area (what the eye reads) follows the count; capped. */
        double radius() {
            return Math.min(9, 2.5 + 1.5 * Math.sqrt(count));
        }
    }

    private MapTally() {
    }

    /**
     * The spots of the located points, in drawing order: plain before emphasised (which must stay on
     * top), then most events first (a big marker drawn last would hide the small ones under it), ties by
     * name and place.
     */
    static List<Spot> of(List<MapPoint> points) {
        Map<String, List<MapPoint>> byPlace = new LinkedHashMap<>();
        for (MapPoint p : points) {
            String key = String.format(Locale.ROOT, "%.2f %.2f %s", p.lon(), p.lat(), p.label());
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Spot> spots = new ArrayList<>();
        for (List<MapPoint> same : byPlace.values()) {
            MapPoint first = same.get(0);
            spots.add(new Spot(first.lon(), first.lat(), first.label(), same.size(),
                    same.stream().anyMatch(MapPoint::emphasis)));
        }
        spots.sort(Comparator.comparing(Spot::emphasis).thenComparing(Comparator.comparingInt(Spot::count).reversed())
                .thenComparing(Spot::label).thenComparingDouble(Spot::lon).thenComparingDouble(Spot::lat));
        return spots;
    }
}
