package dev.sitrep.jobs;

import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import java.util.List;
import java.util.Set;

/**
 * A job's {@code flash:} rule: which newly imported events get a flash assessment at once. An event
 * matches when it is in the job's scope and every non-empty filter holds (any of its values): types,
 * actors, places (place name or admin1), tags, and at least {@code minFatalities} reported. {@code limit}
 * is how many flash assessments one import may make for the job: beyond it the import's matches are
 * only listed in the one grouped alert, so a backfill cannot set off hundreds of runs or e-mails.
 * Without {@code flash:} in the yml the job never triggers, and {@code sitrep assess} still works.
 */
record FlashRule(boolean triggers, List<String> types, List<String> actors, List<String> places, List<String> tags,
                 Integer minFatalities, int limit, String template) {

    static final String DEFAULT_TEMPLATE = "flash-assessment";
    static final int DEFAULT_LIMIT = 10;

    FlashRule {
        types = List.copyOf(types);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        tags = List.copyOf(tags);
    }

    /** No trigger: flash assessments only on request. */
    static FlashRule onRequestOnly() {
        return new FlashRule(false, List.of(), List.of(), List.of(), List.of(), null, DEFAULT_LIMIT, DEFAULT_TEMPLATE);
    }

    boolean matches(Event e) {
        return triggers
                && (types.isEmpty() || types.contains(e.type()))
                && (actors.isEmpty() || e.actors().stream().map(Actor::name).anyMatch(actors::contains))
                && (places.isEmpty() || places.stream().anyMatch(p -> p.equals(e.place().name())
                        || p.equals(e.place().admin1())))
                && (tags.isEmpty() || e.tags().stream().anyMatch(Set.copyOf(tags)::contains))
                && (minFatalities == null || (e.fatalities().best() != null && e.fatalities().best() >= minFatalities));
    }
}
