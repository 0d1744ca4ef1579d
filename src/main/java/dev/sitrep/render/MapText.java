package dev.sitrep.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A locator map's words: the note under it (what it shows and what it leaves out, and why) and its alt
 * text, which says in words what the markers say in colour and size, for a reader who cannot see them.
 */
final class MapText {

    private static final int MOST_IN_ALT = 12;

    /** One place as the alt text lists it: all its markers' events and deaths. */
    private record Place(String label, double lon, double lat, int events, int deaths) {
    }

    private MapText() {
    }

    /** "12 events at 5 places; 14 events located only to their governorate are not drawn." */
    static String note(MapCount c, int places) {
        List<String> parts = new ArrayList<>();
        int shown = c.drawn().size();
        boolean elsewhere = c.governorateOnly() + c.countryOnly() + c.outside() > 0;
        parts.add(shown > 0 ? count(shown, "event") + " at " + count(places, "place")
                : elsewhere ? "No events drawn" : "No events with coordinates");
        if (c.withoutCoordinates() > 0) {
            parts.add(count(c.withoutCoordinates(), "event") + " without coordinates " + be(c.withoutCoordinates())
                    + " not shown");
        }
        if (c.governorateOnly() > 0) {
            parts.add(count(c.governorateOnly(), "event") + " located only to "
                    + (c.governorateOnly() == 1 ? "its" : "their") + " governorate " + be(c.governorateOnly())
                    + " not drawn");
        }
        if (c.countryOnly() > 0) {
            parts.add(count(c.countryOnly(), "event") + " located only to the country " + be(c.countryOnly())
                    + " not drawn");
        }
        if (c.outside() > 0) {
            parts.add(count(c.outside(), "event") + " outside the map " + be(c.outside()) + " not shown");
        }
        return String.join("; ", parts) + ".";
    }

    /** {@code text} broken at spaces into lines no wider than {@code width} in {@code font}. */
    static List<String> lines(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && PlaceLabels.width(longer, font) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static String alt(List<MapTally.Spot> spots, MapKey key, MapInset inset, String note) {
        StringBuilder alt = new StringBuilder("Map of Syria and its neighbours. ").append(note);
        if (!key.entries().isEmpty()) {
            alt.append(" Markers are coloured by event type (");
            key.entries().forEach(e -> alt.append(e == key.entries().get(0) ? "" : ", ").append(MapKey.name(e))
                    .append(' ').append(e.events()));
            alt.append(") and sized by deaths.");
        }
        if (inset != null) {
            alt.append(" An inset enlarges the area where ").append(inset.cluster().events())
                    .append(" of the drawn events crowd")
                    .append(inset.where().isEmpty() ? "" : " (" + inset.where() + ")")
                    .append('.');
        }
        spots.stream().filter(MapTally.Spot::emphasis).findFirst()
                .ifPresent(s -> alt.append(" The event itself (red): ").append(where(s.label(), s.lon(), s.lat()))
                        .append('.'));
        places(alt, spots);
        return alt.toString();
    }

    /** The busiest places only: alt text is read aloud, and a week can have a hundred places. */
    private static void places(StringBuilder alt, List<MapTally.Spot> spots) {
        Map<String, Place> byPlace = new LinkedHashMap<>();
        for (MapTally.Spot s : spots) {
            byPlace.merge(s.place(), new Place(s.label(), s.lon(), s.lat(), s.count(), s.deaths()),
                    (a, b) -> new Place(a.label(), a.lon(), a.lat(), a.events() + b.events(), a.deaths() + b.deaths()));
        }
        List<Place> order = new ArrayList<>(byPlace.values());
        order.sort(Comparator.comparingInt(Place::events).reversed().thenComparing(Place::label)
                .thenComparingDouble(Place::lon).thenComparingDouble(Place::lat));
        if (order.isEmpty()) {
            return;
        }
        alt.append(" Events by place: ");
        int listed = Math.min(order.size(), MOST_IN_ALT);
        for (int i = 0; i < listed; i++) {
            Place p = order.get(i);
            alt.append(i == 0 ? "" : "; ").append(where(p.label(), p.lon(), p.lat()))
                    .append(String.format(Locale.ROOT, " %d", p.events()))
                    .append(p.deaths() > 0 ? " (" + count(p.deaths(), "death") + ")" : "");
        }
        if (order.size() > listed) {
            alt.append("; and ").append(count(order.size() - listed, "more place"));
        }
        alt.append('.');
    }

    private static String where(String label, double lon, double lat) {
        return String.format(Locale.ROOT, "%s (%.3f° N, %.3f° E)", label.isEmpty() ? "unnamed" : label, lat, lon);
    }

    private static String be(int n) {
        return n == 1 ? "is" : "are";
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
