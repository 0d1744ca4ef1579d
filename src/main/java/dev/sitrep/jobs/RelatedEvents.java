package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.assessment.FlashComposer;
import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import java.util.List;

/**
 * What "related" means for a flash: an event of the same type that shares one of its actors (with no
 * actors, the same governorate). Written as a tracked series, so the pattern table, the surge test and
 * the forecast all count exactly the same events.
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

    /** "military-movement event involving Russian Armed Forces or Russian Military Police". */
    static String describe(Event e) {
        List<String> actors = e.actors().stream().map(Actor::name).distinct().toList();
        if (actors.isEmpty()) {
            return e.type() + " event in " + (e.place().admin1() == null ? e.place().country() : e.place().admin1());
        }
        return e.type() + " event involving " + String.join(" or ", actors);
    }

    static boolean related(SeriesSpec spec, Observation o) {
        return spec.matches(o) && !o.tags().contains(WITHDRAWN);
    }
}
