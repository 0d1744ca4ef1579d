package dev.sitrep.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Events counted per place and type: a place with many events of a type is one marker (its area their
 * deaths), not a pile of dots nobody can count. Places are the same label at the same spot to about a
 * kilometre (0.01°). The map's own event is a marker of its own, so its ring marks it alone.
 */
final class MapTally {

    /** One marker: where, its name, its type, how many events and deaths, whether it is the map's own event. */
    record Spot(double lon, double lat, String label, String type, int count, int deaths, boolean emphasis) {

        double radius() {
            return MapKey.radius(deaths);
        }

        /** The place the spot is at, whatever its type: the unit the note and the alt text count. */
        String place() {
            return placeKey(lon, lat, label);
        }
    }

    private MapTally() {
    }

    /**
     * The spots of the located points, in drawing order: plain before emphasised (which must stay on
     * top), then largest first (a big marker drawn last would hide the small ones under it), ties by
     * name, type and place.
     */
    static List<Spot> of(List<MapPoint> points) {
        Map<String, List<MapPoint>> byPlace = new LinkedHashMap<>();
        for (MapPoint p : points) {
            String key = placeKey(p.lon(), p.lat(), p.label()) + " " + p.type() + (p.emphasis() ? " *" : "");
            byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
        }
        List<Spot> spots = new ArrayList<>();
        for (List<MapPoint> same : byPlace.values()) {
            MapPoint first = same.get(0);
            int deaths = same.stream().mapToInt(p -> p.deaths() == null ? 0 : p.deaths()).sum();
            spots.add(new Spot(first.lon(), first.lat(), first.label(), first.type(), same.size(), deaths,
                    first.emphasis()));
        }
        spots.sort(Comparator.comparing(Spot::emphasis)
                .thenComparing(Comparator.comparingDouble(Spot::radius).reversed()).thenComparing(Spot::label)
                .thenComparing(Spot::type).thenComparingDouble(Spot::lon).thenComparingDouble(Spot::lat));
        return spots;
    }

    /** How many places the spots are at (a place with two types of event is one place). */
    static int places(List<Spot> spots) {
        return (int) spots.stream().map(Spot::place).distinct().count();
    }

    private static String placeKey(double lon, double lat, String label) {
        return String.format(Locale.ROOT, "%.2f %.2f %s", lon, lat, label);
    }
}
