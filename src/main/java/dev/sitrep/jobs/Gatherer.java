package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.SeriesAccumulator;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.analysis.prognosis.StatedLikelihood;
import dev.sitrep.analysis.trend.TrendAccumulator;
import dev.sitrep.assessment.CompositionInput.AnalystJudgment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.Citations;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.Actor;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.Source;
import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.Judgments;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The gather step's work: one streaming pass over the log as of the run. Each event is counted for the
 * trend and prognosis steps and forgotten, unless it is of the period or cited by a standing judgment.
 */
class Gatherer {

    private final EventLog events;
    private final Judgments judgments;

    Gatherer(EventLog events, Judgments judgments) {
        this.events = events;
        this.judgments = judgments;
    }

    Digest gather(JobDefinition job, IsoWeek period, Instant asOf) {
        List<Judgment> standing = judgments.standing(job.id(), period, asOf);
        Citations.Cited keys = Citations.split(standing.stream().map(Judgment::body).toList());
        Set<String> cited = keys.eventIds();
        Set<String> citedSources = keys.sourceKeys();
        Pass pass = new Pass(job, period, cited);
        events.forEachAsOf(asOf, period.sunday(), pass::accept);
        events.sources(citedSources).values().forEach(s -> pass.sources.putIfAbsent(s.key(), reference(s)));
        pass.kept.sort(Comparator.comparing(EventEntry::occurred).thenComparing(EventEntry::id));
        InputsHash inputs = pass.inputs;
        standing.forEach(j -> inputs.add("judgment " + j.id() + " r" + j.revision()));
        // The evidence's own time: when the latest event was logged (with no events, the period's end).
        // Judgments count by content, not by when they were added, so that the same log and the same
        // judgment files give the same edition, date included, on any machine.
        Instant dataAsOf = pass.latestRecorded != null ? pass.latestRecorded
                : period.sunday().atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Digest(JobSnapshot.of(job), period, dataAsOf, inputs.hex(), pass.trend.counts(),
                pass.series.counts(), pass.kept, pass.tracked,
                standing.stream().map(j -> new AnalystJudgment(j.section(), new Passage(j.id(), j.title(), j.body(),
                        j.confidence(), j.likelihood(), false, j.statusIn(period)))).toList(),
                List.copyOf(pass.sources.values()),
                standing.stream().filter(j -> j.about() != null)
                        .map(j -> new StatedLikelihood(j.id(), j.title(), j.likelihood(), j.about())).toList());
    }

    /** The state of one pass over the log. */
    private static final class Pass {
        final JobDefinition job;
        final IsoWeek period;
        final Set<String> cited;
        final TrendAccumulator trend;
        final SeriesAccumulator series;
        final InputsHash inputs = new InputsHash();
        final List<EventEntry> kept = new ArrayList<>();
        final Map<String, Set<String>> tracked = new LinkedHashMap<>();
        final Map<String, Reference> sources = new TreeMap<>();
        Instant latestRecorded;

        Pass(JobDefinition job, IsoWeek period, Set<String> cited) {
            this.job = job;
            this.period = period;
            this.cited = cited;
            this.trend = new TrendAccumulator(period, job.baselineWeeks(), job.coverageFrom());
            this.series = new SeriesAccumulator(period, job.prognosis(), job.coverageFrom());
            job.prognosis().series().forEach(s -> tracked.put(s.id(), new HashSet<>()));
        }

        void accept(Event e) {
            if (!job.countries().isEmpty() && !job.countries().contains(e.place().country())) {
                return;
            }
            Observation o = observation(e);
            trend.accept(o);
            series.accept(o);
            inputs.add("event " + e.id() + " r" + e.revision());
            if (latestRecorded == null || e.recorded().isAfter(latestRecorded)) {
                latestRecorded = e.recorded();
            }
            boolean inPeriod = period.contains(e.occurred());
            if (inPeriod) {
                for (SeriesSpec s : job.prognosis().series()) {
                    if (s.matches(o)) {
                        tracked.get(s.id()).add(e.id());
                    }
                }
            }
            if (inPeriod || cited.contains(e.id())) {
                kept.add(entry(e));
                e.sources().forEach(s -> sources.putIfAbsent(s.key(), reference(s)));
            }
        }
    }

    static Observation observation(Event e) {
        // A "place" that is the country itself (an event located only to the country) is no place.
        String place = e.place().name() != null && e.place().name().equals(e.place().country()) ? null
                : e.place().name();
        return new Observation(e.id(), e.occurred(), e.type(), e.subType(), names(e), e.place().admin1(), place,
                e.fatalities().best(), e.tags(), e.precision().label(), e.place().admin2(),
                e.actors().stream().filter(a -> "side-a".equals(a.role())).map(Actor::name).toList());
    }

    /** An event as an assessment shows it, coordinates and how exact they are included (for the locator map). */
    static EventEntry entry(Event e) {
        return new EventEntry(e.id(), e.revision(), e.occurred(), e.precision().label(), e.type(), e.subType(),
                names(e), e.place().admin1(), e.place().name(), e.summary(), e.fatalities().best(), e.tags(),
                e.sources().stream().map(Source::key).toList(), e.place().latitude(), e.place().longitude(),
                e.locatedTo() == null ? null : e.locatedTo().label());
    }

    private static List<String> names(Event e) {
        return e.actors().stream().map(Actor::name).toList();
    }

    static Reference reference(Source s) {
        return new Reference(s.key(), s.kind(), s.publisher(), s.title(), s.author(), s.url(), s.published(),
                s.accessed(), s.volume(), s.issue(), s.pages(), s.publishedPrecision());
    }
}
