package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import java.time.LocalDate;
import java.util.List;

/**
 * A series a job tracks, e.g. Russian military movements: the events matching every non-empty filter (any of
 * its values), counted as events or as the deaths they report ({@code measure}).
 */
public record SeriesSpec(
        String id,
        String title,
        List<String> types,
        List<String> actors,
        List<String> tags,
        List<String> admin1,
        Measure measure) {

    /** What a series counts of the events it matches. */
    public enum Measure {
        EVENTS("events"),
        /**
         * Their deaths (best estimate), in the week their date places them, as the trend stage counts deaths:
         * records dated only to a month or more are left out, not piled on one week or month.
         */
        DEATHS("deaths");

        private final String unit;

        Measure(String unit) {
            this.unit = unit;
        }

        /** "events" or "deaths", as a reader reads it after a count. */
        public String unit() {
            return unit;
        }

        public static Measure of(String text) {
            for (Measure m : values()) {
                if (m.unit.equals(text)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("'" + text + "': a series measures events or deaths");
        }
    }

    public SeriesSpec {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        tags = List.copyOf(tags);
        admin1 = List.copyOf(admin1);
        measure = measure == null ? Measure.EVENTS : measure;
    }

    /** A series of events. */
    public SeriesSpec(String id, String title, List<String> types, List<String> actors, List<String> tags,
                      List<String> admin1) {
        this(id, title, types, actors, tags, admin1, Measure.EVENTS);
    }

    /** The day whose week and month a matching event adds to, or null when it adds to none. */
    LocalDate dayCounted(Observation o) {
        if (measure == Measure.EVENTS) {
            return o.occurred();
        }
        return o.deaths() == 0 ? null : o.deathsDay();
    }

    /** How much a matching event adds: 1, or its deaths. */
    int amount(Observation o) {
        return measure == Measure.EVENTS ? 1 : o.deaths();
    }

    public boolean matches(Observation o) {
        return (types.isEmpty() || types.contains(o.type()))
                && (actors.isEmpty() || anyIn(o.actors(), actors))
                && (tags.isEmpty() || anyIn(o.tags(), tags))
                // An event may have no governorate; an immutable list's contains(null) throws.
                && (admin1.isEmpty() || (o.admin1() != null && admin1.contains(o.admin1())));
    }

    private static boolean anyIn(List<String> values, List<String> wanted) {
        for (String v : values) {
            if (wanted.contains(v)) {
                return true;
            }
        }
        return false;
    }
}
