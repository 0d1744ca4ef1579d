package dev.sitrep.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Syria's governorates (Natural Earth admin-1, see {@code maps/README.md}): their rings, to tell which
 * one a cluster of events lies in, the boundaries between them, to draw, and where their names go.
 * Loaded once, like {@link MapData}.
 */
record Governorates(Map<String, List<double[]>> rings, List<double[]> boundaries, List<MapData.Label> labels) {

    static final String RESOURCE = "/maps/syria-admin1-10m.txt";

    Governorates {
        rings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rings));
        boundaries = List.copyOf(boundaries);
        labels = List.copyOf(labels);
    }

    static Governorates syria() {
        return Holder.SYRIA;
    }

    /** The governorate that holds the point, or null outside them all. */
    String at(double lon, double lat) {
        for (Map.Entry<String, List<double[]>> g : rings.entrySet()) {
            if (inside(g.getValue(), lon, lat)) {
                return g.getKey();
            }
        }
        return null;
    }

    /** Even-odd over all of a governorate's rings: Damascus is a hole in Rif Dimashq, so not in it. */
    private static boolean inside(List<double[]> rings, double lon, double lat) {
        boolean in = false;
        for (double[] r : rings) {
            for (int i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
                if ((r[i + 1] > lat) != (r[j + 1] > lat)
                        && lon < r[j] + (r[i] - r[j]) * (lat - r[j + 1]) / (r[i + 1] - r[j + 1])) {
                    in = !in;
                }
            }
        }
        return in;
    }

    private static final class Holder {
        static final Governorates SYRIA = load(RESOURCE);
    }

    static Governorates load(String resource) {
        Map<String, List<double[]>> rings = new LinkedHashMap<>();
        List<double[]> boundaries = new ArrayList<>();
        List<MapData.Label> labels = new ArrayList<>();
        List<double[]> current = null;
        for (String line : MapData.lines(resource)) {
            String rest = line.substring(line.indexOf(' ') + 1);
            switch (line.substring(0, line.indexOf(' '))) {
                case "G" -> current = rings.computeIfAbsent(rest, k -> new ArrayList<>());
                case "P" -> current.add(MapData.coordinates(rest));
                case "I" -> boundaries.add(MapData.coordinates(rest));
                case "L" -> labels.add(MapData.label(rest));
                default -> throw new IllegalStateException("unknown line in the governorates: " + line);
            }
        }
        return new Governorates(rings, boundaries, labels);
    }
}
