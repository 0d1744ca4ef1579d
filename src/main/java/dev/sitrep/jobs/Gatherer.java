package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.assessment.CompositionInput.AnalystJudgment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.core.Sha256;
import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.Source;
import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.Judgments;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The gather step's work: read the log and the judgments as of the run, and hand on a Digest. */
class Gatherer {

    private final EventLog events;
    private final Judgments judgments;

    Gatherer(EventLog events, Judgments judgments) {
        this.events = events;
        this.judgments = judgments;
    }

    Digest gather(JobDefinition job, IsoWeek period, Instant asOf) {
        List<Event> inScope = events.gather(asOf, period.sunday()).stream()
                .filter(e -> job.countries().isEmpty() || job.countries().contains(e.place().country())).toList();
        List<Judgment> standing = judgments.standing(job.id(), period, asOf);
        Map<String, Reference> sources = new TreeMap<>();
        inScope.stream().flatMap(e -> e.sources().stream()).forEach(s -> sources.putIfAbsent(s.key(), reference(s)));
        // The evidence's own time: when the latest event was logged (with no events, the period's end).
        // Judgments count by content, not by when they were added, so that the same log and the same
        // judgment files give the same edition, date included, on any machine.
        Instant dataAsOf = inScope.stream().map(Event::recorded).max(Comparator.naturalOrder())
                .orElse(period.sunday().atStartOfDay().toInstant(ZoneOffset.UTC));
        String inputsHash = Sha256.hex(String.join("\n", Stream.concat(
                inScope.stream().map(e -> "event " + e.id() + " r" + e.revision()),
                standing.stream().map(j -> "judgment " + j.id() + " r" + j.revision())).toList()));
        return new Digest(JobSnapshot.of(job), period, dataAsOf, inputsHash,
                inScope.stream().map(Gatherer::observation).toList(),
                inScope.stream().map(Gatherer::entry).toList(),
                standing.stream().map(j -> new AnalystJudgment(j.section(), new Passage(j.id(), j.title(), j.body(),
                        j.confidence(), j.likelihood(), false))).toList(),
                List.copyOf(sources.values()));
    }

    private static Observation observation(Event e) {
        return new Observation(e.id(), e.occurred(), e.type(), names(e), e.place().admin1(), e.place().name(),
                e.fatalities().best(),
                e.tags());
    }

    private static EventEntry entry(Event e) {
        return new EventEntry(e.id(), e.revision(), e.occurred(), e.precision().label(), e.type(), e.subType(),
                names(e), e.place().admin1(), e.place().name(), e.summary(), e.fatalities().best(), e.tags(),
                e.sources().stream().map(Source::key).toList());
    }

    private static List<String> names(Event e) {
        return e.actors().stream().map(Actor::name).toList();
    }

    private static Reference reference(Source s) {
        return new Reference(s.key(), s.kind(), s.publisher(), s.title(), s.author(), s.url(), s.published(),
                s.accessed());
    }
}
