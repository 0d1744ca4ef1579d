package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.assessment.FlashComposer;
import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import java.util.List;

/**
 * What "related" means for a flash: an event of the same type and sub-type that shares one of its
 * actors (with no actors, the same governorate). The pattern table, the surge test and the forecast all
 * count exactly these events.
 */
final class RelatedEvents {

    static final String WITHDRAWN = "withdrawn";

    private RelatedEvents() {
    }

    static SeriesSpec seriesOf(Event e) {
        List<String> actors = e.actors().stream().map(Actor::name).distinct().toList();
        List<String> admin1 = actors.isEmpty() && e.place().admin1() != null ? List.of(e.place().admin1()) : List.of();
        return new SeriesSpec(FlashComposer.RELATED_SERIES, "Related events: " + describe(e), List.of(e.type()), actors,
                List.of(), admin1);
    }

    /** "military-movement / convoy event involving Russian Armed Forces or Russian Military Police". */
    static String describe(Event e) {
        String what = e.subType() == null ? e.type() : e.type() + " / " + e.subType();
        List<String> actors = e.actors().stream().map(Actor::name).distinct().toList();
        if (actors.isEmpty()) {
            return what + " event in " + (e.place().admin1() == null ? e.place().country() : e.place().admin1());
        }
        return what + " event involving " + String.join(" or ", actors);
    }

    /** Related to {@code e}: matches its series, has its sub-type (if it has one), and is not withdrawn. */
    static boolean related(SeriesSpec spec, Event e, Observation o) {
        return spec.matches(o) && (e.subType() == null || e.subType().equals(o.subType()))
                && !o.tags().contains(WITHDRAWN);
    }
}
