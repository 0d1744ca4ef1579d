package dev.sitrep.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * What the analysis needs of one event; the analysis never sees the database or the event log itself.
 *
 * @param datePrecision "day", "week" or "month" (as the source dated it); null is taken as "day"
 * @param admin2        the district, when the source gives one
 * @param sideA         the actors on side A (the initiator, in UCDP and ACLED terms), so that a dyad can be
 *                      told as "A against B"; empty when roles are not known
 */
public record Observation(
        String eventId,
        LocalDate occurred,
        String type,
        String subType,
        List<String> actors,
        String admin1,
        String place,
        Integer fatalities,
        List<String> tags,
        String datePrecision,
        String admin2,
        List<String> sideA) {

    public Observation {
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        sideA = List.copyOf(sideA);
    }

    /** An event dated to the day, without district or sides. */
    public Observation(String eventId, LocalDate occurred, String type, String subType, List<String> actors,
                       String admin1, String place, Integer fatalities, List<String> tags) {
        this(eventId, occurred, type, subType, actors, admin1, place, fatalities, tags, "day", null, List.of());
    }

    /**
     * The day whose week this event's deaths belong to, or null when its date is too coarse to place them
     * in a week. A record dated to a month or more (UCDP's year-long tallies carry thousands of deaths on
     * 1 January) would otherwise land in one week and make that week, and every baseline holding it, look
     * extraordinary; one dated to the week counts at the middle of its week.
     */
    public LocalDate deathsDay() {
        if (datePrecision == null || datePrecision.equals("day")) {
            return occurred;
        }
        return datePrecision.equals("week") ? occurred.plusDays(3) : null;
    }

    /**
     * The place as a point of its own, or null when the source put the event at the governorate itself
     * ("Idlib Governorate", "Southeastern Idlib Governorate"): such a "place" says nothing about where.
     */
    public String pointPlace() {
        if (place == null || admin1 == null) {
            return place;
        }
        String name = admin1.replaceFirst("(?i)\\s+governorate$", "");
        return place.contains(name) ? null : place;
    }

    /** Deaths (best estimate), 0 when not reported. */
    public int deaths() {
        return fatalities == null ? 0 : fatalities;
    }
}
