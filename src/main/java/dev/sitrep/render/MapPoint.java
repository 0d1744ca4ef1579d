package dev.sitrep.render;

import dev.sitrep.assessment.EventEntry;

/**
 * One event on a locator map: where (null when the event has no coordinates: the map then counts it
 * as not shown rather than failing), the place name to label it with, whether it is the event the
 * map is about (drawn distinct from the related ones), its type (the marker's colour), its deaths
 * (the marker's size; null when not reported) and how exactly the coordinates place it.
 */
public record MapPoint(Double lon, Double lat, String label, boolean emphasis, String type, Integer deaths,
                       Extent extent) {

    /** How far the coordinates can be trusted to be the place: a governorate's centre is not a place. */
    public enum Extent {
        POINT, GOVERNORATE, COUNTRY;

        /** From the document model's "place", "district", "governorate", "country" (null: as given). */
        static Extent of(String locatedTo) {
            return locatedTo == null ? POINT : switch (locatedTo) {
                case "governorate" -> GOVERNORATE;
                case "country" -> COUNTRY;
                default -> POINT;
            };
        }
    }

    public MapPoint {
        label = label == null ? "" : label.strip();
        type = type == null ? "" : type;
        extent = extent == null ? Extent.POINT : extent;
    }

    /** A point of unknown type and deaths, its coordinates taken as the place. */
    public MapPoint(Double lon, Double lat, String label, boolean emphasis) {
        this(lon, lat, label, emphasis, "", null, Extent.POINT);
    }

    /** The event's place, labelled by its name (or governorate when it has none). */
    public static MapPoint of(EventEntry event, boolean emphasis) {
        String label = event.place() != null && !event.place().isBlank() ? event.place() : event.admin1();
        return new MapPoint(event.longitude(), event.latitude(), label, emphasis, event.type(), event.fatalities(),
                Extent.of(event.locatedTo()));
    }

    /** Both coordinates present and on the globe; anything else is "without coordinates". */
    boolean located() {
        return lon != null && lat != null && Double.isFinite(lon) && Double.isFinite(lat) && Math.abs(lat) <= 90
                && Math.abs(lon) <= 180;
    }

    /** Drawn as a point: its coordinates are the place, not the centre of a governorate or a country. */
    boolean exact() {
        return extent == Extent.POINT;
    }
}
