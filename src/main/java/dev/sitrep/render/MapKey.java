package dev.sitrep.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a marker's colour and size say: the colour its event type (the commonest type of the map takes
 * the first colour, ties by name, so the same events give the same colours), the area its deaths.
 * Colours are Okabe and Ito's, told apart with any common colour blindness; their yellow is left out
 * (it vanishes on the pale land) and types beyond the palette share one grey.
 */
final class MapKey {

    /** A marker with no deaths reported, or too few to grow it, still shows. */
    static final double MIN_RADIUS = 3;
    /** Beyond this the marker stops growing: one place's toll must not cover a governorate. */
    static final double MAX_RADIUS = 15;
    private static final double PER_ROOT_DEATH = 1.5;
    /** The deaths the legend's reference circles stand for; the last is where markers stop growing. */
    static final int[] SIZES = {10, 50, 100};
    static final Color OTHER = new Color(0x99, 0x99, 0x99);
    private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xb2), new Color(0xe6, 0x9f, 0x00),
        new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0x56, 0xb4, 0xe9),
        new Color(0xd5, 0x5e, 0x00), new Color(0x00, 0x00, 0x00)};

    /** One line of the legend: a type (or "other types"), its colour, how many drawn events have it. */
    record Entry(String type, Color colour, int events) {
    }

    private final List<Entry> entries;
    private final Map<String, Color> colours;

    private MapKey(List<Entry> entries, Map<String, Color> colours) {
        this.entries = List.copyOf(entries);
        this.colours = colours;
    }

    /** The key of the points a map draws: types present, commonest first. */
    static MapKey of(List<MapPoint> drawn) {
        Map<String, Integer> counts = new TreeMap<>();
        drawn.forEach(p -> counts.merge(p.type(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counts.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        boolean crowded = order.size() > PALETTE.length;
        int coloured = crowded ? PALETTE.length - 1 : order.size();
        List<Entry> entries = new ArrayList<>();
        Map<String, Color> colours = new TreeMap<>();
        int others = 0;
        for (int i = 0; i < order.size(); i++) {
            Color c = i < coloured ? PALETTE[i] : OTHER;
            colours.put(order.get(i).getKey(), c);
            if (i < coloured) {
                entries.add(new Entry(order.get(i).getKey(), c, order.get(i).getValue()));
            } else {
                others += order.get(i).getValue();
            }
        }
        if (others > 0) {
            entries.add(new Entry(null, OTHER, others));
        }
        return new MapKey(entries, colours);
    }

    List<Entry> entries() {
        return entries;
    }

    Color colour(String type) {
        return colours.getOrDefault(type, OTHER);
    }

    /** The legend's words for a type: as the edition's tables name it. */
    static String name(Entry e) {
        return e.type() == null ? "other types" : e.type().isEmpty() ? "type not given" : e.type();
    }

    /** Area in proportion to deaths, between the two bounds. */
    static double radius(int deaths) {
        return Math.max(MIN_RADIUS, Math.min(MAX_RADIUS, PER_ROOT_DEATH * Math.sqrt(Math.max(0, deaths))));
    }

    /** The most deaths a marker still shows at its smallest size (4 at 1.5 px a root death). */
    static int hiddenBelow() {
        return (int) Math.floor(Math.pow(MIN_RADIUS / PER_ROOT_DEATH, 2));
    }
}
