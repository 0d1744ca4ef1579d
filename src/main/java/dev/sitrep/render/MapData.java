package dev.sitrep.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outlines a locator map is drawn on: Natural Earth's countries, coastline and land borders around
 * Syria (see {@code maps/README.md} beside the file for the source and how it was made). Loaded once:
 * the file never changes while Sitrep runs, and parsing it is most of the cost of a cold map.
 */
record MapData(Box box, Map<String, List<double[]>> countries, List<double[]> coasts, List<double[]> borders,
               List<Label> labels) {

    static final String RESOURCE = "/maps/levant-10m.txt";

    /** A lon/lat rectangle in degrees. */
    record Box(double west, double south, double east, double north) {

        boolean contains(double lon, double lat) {
            return lon >= west && lon <= east && lat >= south && lat <= north;
        }

        Box union(Box o) {
            return new Box(Math.min(west, o.west), Math.min(south, o.south), Math.max(east, o.east),
                    Math.max(north, o.north));
        }

        Box within(Box o) {
            return new Box(Math.max(west, o.west), Math.max(south, o.south), Math.min(east, o.east),
                    Math.min(north, o.north));
        }

        Box padded(double degrees) {
            return new Box(west - degrees, south - degrees, east + degrees, north + degrees);
        }
    }

    /** Where a country's name is written. */
    record Label(String name, double lon, double lat) {
    }

    MapData {
        countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
        coasts = List.copyOf(coasts);
        borders = List.copyOf(borders);
        labels = List.copyOf(labels);
    }

    /** The shipped outlines, parsed on first use. */
    static MapData levant() {
        return Holder.LEVANT;
    }

    /** The bounding box of one country's polygons (as clipped in the file). */
    Box extent(String country) {
        double w = Double.MAX_VALUE, s = Double.MAX_VALUE, e = -Double.MAX_VALUE, n = -Double.MAX_VALUE;
        for (double[] ring : countries.getOrDefault(country, List.of())) {
            for (int i = 0; i < ring.length; i += 2) {
                w = Math.min(w, ring[i]);
                e = Math.max(e, ring[i]);
                s = Math.min(s, ring[i + 1]);
                n = Math.max(n, ring[i + 1]);
            }
        }
        if (w > e) {
            throw new IllegalStateException(RESOURCE + " has no outline of " + country);
        }
        return new Box(w, s, e, n);
    }

    private static final class Holder {
        static final MapData LEVANT = load(RESOURCE);
    }

    static MapData load(String resource) {
        Box box = null;
        Map<String, List<double[]>> countries = new LinkedHashMap<>();
        List<double[]> coasts = new ArrayList<>();
        List<double[]> borders = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<double[]> current = null;
        for (String line : lines(resource)) {
            String rest = line.substring(line.indexOf(' ') + 1);
            switch (line.substring(0, line.indexOf(' '))) {
                case "box" -> {
                    double[] corners = coordinates(rest);
                    box = new Box(corners[0], corners[1], corners[2], corners[3]);
                }
                case "C" -> current = countries.computeIfAbsent(rest, k -> new ArrayList<>());
                case "P" -> current.add(coordinates(rest));
                case "S" -> coasts.add(coordinates(rest));
                case "B" -> borders.add(coordinates(rest));
                case "L" -> labels.add(label(rest));
                default -> throw new IllegalStateException("unknown line in the map outlines: " + line);
            }
        }
        return new MapData(box, countries, coasts, borders, labels);
    }

    /** The lines of a shipped outline file that say something (no blanks, no comments). */
    static List<String> lines(String resource) {
        try (InputStream in = MapData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the map outlines " + resource + " are missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the map outlines " + resource, e);
        }
    }

    /** "name with spaces lon,lat". */
    static Label label(String rest) {
        int space = rest.lastIndexOf(' ');
        double[] at = coordinates(rest.substring(space + 1));
        return new Label(rest.substring(0, space), at[0], at[1]);
    }

    /** "lon,lat lon,lat ..." as one flat array, lon first. */
    static double[] coordinates(String text) {
        String[] pairs = text.trim().split(" ");
        double[] out = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            int comma = pairs[i].indexOf(',');
            out[2 * i] = Double.parseDouble(pairs[i].substring(0, comma));
            out[2 * i + 1] = Double.parseDouble(pairs[i].substring(comma + 1));
        }
        return out;
    }
}
