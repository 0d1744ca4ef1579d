package dev.sitrep.events;

/**
 * Where an event happened. {@code precision} is the source's own code for how exact the location is
 * (ACLED geo_precision 1-3, UCDP where_prec 1-7; smaller is more exact), null when it gives none.
 */
public record Place(String country, String admin1, String admin2, String name, Double latitude, Double longitude,
                    Integer precision) {
}
