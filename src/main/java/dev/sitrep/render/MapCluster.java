package dev.sitrep.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Where most of a map's events crowd into a small area (the coast, Ghouta), so that their markers pile
 * up on a map of the whole region and want an inset at governorate scale. The area is the window of
 * about 90 km square, centred on one of the events, that holds the most of them (ties: the westernmost,
 * then southernmost centre), so the same events always give the same cluster.
 *
 * @param view         what the inset should show at least: the cluster's core with a margin
 * @param events       how many drawn events the inset frames
 * @param governorates the governorates the inset's events are in, most events first (none outside Syria)
 */
record MapCluster(MapData.Box view, int events, List<String> governorates) {

    /** Half the window: 0.5° of longitude and 0.4° of latitude are each about 45 km at Syria's latitude. */
    static final double HALF_LON = 0.5;
    static final double HALF_LAT = 0.4;
    /** An inset is worth its space when the cluster holds this share of the drawn events ... */
    static final double SHARE = 0.4;
    /** ... and at least this many, at two places or more (one place zoomed shows nothing new). */
    static final int MIN_EVENTS = 5;
    /** The inset shows at least this many degrees (about 28 km): a district's scale, not a street's. */
    private static final double MIN_SPAN = 0.25;
    /** Room around the outermost events for their names, which run east and west of them. */
    private static final double MARGIN_LON = 0.14;
    private static final double MARGIN_LAT = 0.06;
    /** An event this many median distances from the cluster's middle is a stray, not part of it ... */
    private static final double STRAY = 3;
    /** ... unless it is this close (degrees, about 11 km): a tight cluster keeps its neighbours. */
    private static final double NEAR = 0.1;
    /** The inset's title names no more governorates than this. */
    private static final int NAMED = 3;
    /** A degree of longitude is this many of latitude at Syria's middle (35° N), to measure nearness. */
    private static final double COS_SYRIA = 0.82;

    static Optional<MapCluster> find(List<MapPoint> drawn, Governorates governorates) {
        List<MapPoint> centres = drawn.stream()
                .sorted(Comparator.comparingDouble(MapPoint::lon).thenComparingDouble(MapPoint::lat)).toList();
        MapPoint best = null;
        int most = 0;
        for (MapPoint c : centres) {
            int n = (int) drawn.stream().filter(p -> inWindow(c, p)).count();
            if (n > most) {
                best = c;
                most = n;
            }
        }
        if (best == null || most < MIN_EVENTS || most < SHARE * drawn.size()) {
            return Optional.empty();
        }
        MapPoint centre = best;
        List<MapPoint> in = drawn.stream().filter(p -> inWindow(centre, p)).toList();
        if (in.stream().map(p -> p.lon() + " " + p.lat()).distinct().count() < 2) {
            return Optional.empty();
        }
        List<MapPoint> core = core(in);
        return Optional.of(new MapCluster(view(core), core.size(), governorates(core, governorates)));
    }

    private static boolean inWindow(MapPoint centre, MapPoint p) {
        return Math.abs(p.lon() - centre.lon()) <= HALF_LON && Math.abs(p.lat() - centre.lat()) <= HALF_LAT;
    }

    /**
     * The events of the window without its strays: those farther from the events' median point than
     * {@link #STRAY} times the median distance (and than {@link #NEAR}), so that a village at the
     * window's edge does not shrink the rest of the inset.
     */
    private static List<MapPoint> core(List<MapPoint> in) {
        double lon = median(in.stream().mapToDouble(MapPoint::lon).sorted().toArray());
        double lat = median(in.stream().mapToDouble(MapPoint::lat).sorted().toArray());
        double[] distances = in.stream()
                .mapToDouble(p -> Math.max(Math.abs(p.lon() - lon) * COS_SYRIA, Math.abs(p.lat() - lat))).toArray();
        double limit = Math.max(NEAR, STRAY * median(java.util.Arrays.stream(distances).sorted().toArray()));
        return java.util.stream.IntStream.range(0, in.size()).filter(i -> distances[i] <= limit)
                .mapToObj(in::get).toList();
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    /** The events' extent with a margin, widened about its middle to the smallest span an inset shows. */
    private static MapData.Box view(List<MapPoint> in) {
        double w = in.stream().mapToDouble(MapPoint::lon).min().orElseThrow() - MARGIN_LON;
        double e = in.stream().mapToDouble(MapPoint::lon).max().orElseThrow() + MARGIN_LON;
        double s = in.stream().mapToDouble(MapPoint::lat).min().orElseThrow() - MARGIN_LAT;
        double n = in.stream().mapToDouble(MapPoint::lat).max().orElseThrow() + MARGIN_LAT;
        double lat = Math.max(0, MIN_SPAN - (n - s)) / 2;
        double lon = Math.max(0, MIN_SPAN - (e - w)) / 2;
        return new MapData.Box(w - lon, s - lat, e + lon, n + lat);
    }

    /** The governorates holding the events, most first (ties by name), at most {@link #NAMED}. */
    private static List<String> governorates(List<MapPoint> in, Governorates governorates) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MapPoint p : in) {
            String g = governorates.at(p.lon(), p.lat());
            if (g != null) {
                counts.merge(g, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED).map(Map.Entry::getKey).toList();
    }
}
