package dev.sitrep.events;

/** Reported deaths: the best estimate, and the low and high estimates where the source gives them. */
public record Fatalities(Integer best, Integer low, Integer high) {

    public static final Fatalities UNKNOWN = new Fatalities(null, null, null);

    public static Fatalities of(Integer best) {
        return new Fatalities(best, null, null);
    }
}
