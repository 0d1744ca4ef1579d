package dev.sitrep.events;

/**
 * How exactly an event's place is known, read from its source's own precision code: the codes differ
 * by dataset (UCDP GED where_prec 1-7, ACLED geo_precision 1-3), so only here, where the origin is
 * known, can they be compared. A map draws a point only where the point means the place.
 */
public enum LocatedTo {
    /** The place itself or within about 25 km of it (UCDP 1-2, ACLED 1-2). */
    PLACE,
    /** Only the district, the second-order division (UCDP 3). */
    DISTRICT,
    /** Only the governorate or province, the first-order division (UCDP 4, ACLED 3). */
    GOVERNORATE,
    /** A wider region, the country, or international waters or airspace (UCDP 5-7). */
    COUNTRY;

    /** The level for {@code origin}'s {@code code}, or null when the source gives none (logged by hand). */
    public static LocatedTo of(String origin, Integer code) {
        if (code == null || origin == null) {
            return null;
        }
        return switch (origin) {
            case "ucdp-ged" -> code <= 2 ? PLACE : code == 3 ? DISTRICT : code == 4 ? GOVERNORATE : COUNTRY;
            case "acled" -> code <= 2 ? PLACE : GOVERNORATE;
            default -> null;
        };
    }

    /** The lower-case name the document model carries ("place", "district", "governorate", "country"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
