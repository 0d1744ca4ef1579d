package dev.sitrep.render;

import dev.sitrep.assessment.EventEntry;

/**
 * One event on a locator map: where (null when the event has no coordinates: the map then counts it
 * as not shown rather than failing), the place name to label it with, and whether it is the event the
 * map is about (drawn distinct from the related ones).
 */
public record MapPoint(Double lon, Double lat, String label, boolean emphasis) {

    public MapPoint {
        label = label == null ? "" : label.strip();
    }

    /** The event's place, labelled by its name (or governorate when it has none). */
    public static MapPoint of(EventEntry event, boolean emphasis) {
        String label = event.place() != null && !event.place().isBlank() ? event.place() : event.admin1();
        return new MapPoint(event.longitude(), event.latitude(), label, emphasis);
    }

    /** Both coordinates present and on the globe; anything else is "without coordinates". */
    boolean located() {
        return lon != null && lat != null && Double.isFinite(lon) && Double.isFinite(lat) && Math.abs(lat) <= 90
                && Math.abs(lon) <= 180;
    }
}
