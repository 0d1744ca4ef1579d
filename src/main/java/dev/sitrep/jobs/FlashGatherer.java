package dev.sitrep.jobs;

import dev.sitrep.analysis.Observation;
import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.assessment.CompositionInput.AnalystJudgment;
import dev.sitrep.assessment.EventEntry;
import dev.sitrep.assessment.Passage;
import dev.sitrep.assessment.Reference;
import dev.sitrep.core.Citations;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.analysis.trend.Episode;
import dev.sitrep.analysis.trend.TrendAnalysis;
import dev.sitrep.events.Actor;
import dev.sitrep.events.AreaTally;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import dev.sitrep.events.Source;
import dev.sitrep.judgments.Judgment;
import dev.sitrep.judgments.Judgments;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The flash gather step's work. The related events come from an index range scan (type and date) over
 * the window, not from a pass over the log; only the prognosis's tracked series need that pass, as in
 * the weekly gather. Judgments count when they share an actor, a place or a tag with the event.
 */
class FlashGatherer {

    private final EventLog events;
    private final Judgments judgments;
    private final FlashSeries series;

    FlashGatherer(EventLog events, Judgments judgments) {
        this.series = new FlashSeries(events);
        this.events = events;
        this.judgments = judgments;
    }

    /** The event at its latest revision as of the run; a clear error when the log has no such event. */
    Event event(String eventId, Instant asOf) {
        return events.find(eventId, asOf).orElseThrow(() -> new UnknownEventException("unknown event '" + eventId
                + "': the event log has no event with this id (as of " + asOf + "); `sitrep events list --period P` "
                + "lists the events of a week"));
    }

    FlashDigest gather(JobDefinition job, String eventId, Instant asOf) {
        Event e = event(eventId, asOf);
        FlashScope.check(job, e);
        IsoWeek week = IsoWeek.containing(e.occurred());
        LocalDate from = week.minusWeeks(job.baselineWeeks()).monday();
        SeriesSpec spec = RelatedEvents.seriesOf(e);
        PrognosisSettings settings = FlashSeries.withRelated(job.prognosis(), spec);
        // One indexed read serves the pattern (the baseline window) and the related series' history.
        List<Event> history = related(job, e, spec, FlashSeries.historyStart(week, job.prognosis()), week.sunday(), asOf);
        List<Event> related = history.stream().filter(r -> !r.occurred().isBefore(from)).toList();
        // The most relevant first (sharing actor, place and tag before sharing one of them), at most a few:
        // a flash summarises what bears on its event, it does not reprint the weekly's sections.
        List<Judgment> relevant = judgments.standing(job.id(), week, asOf).stream().filter(j -> relevant(j, e))
                .sorted(Comparator.comparingInt((Judgment j) -> -relevance(j, e))).limit(RELEVANT_JUDGMENTS).toList();
        Citations.Cited keys = Citations.split(relevant.stream().map(Judgment::body).toList());
        Set<String> citedIds = keys.eventIds();
        Set<String> sourceKeys = keys.sourceKeys();
        List<Event> cited = events.find(citedIds, asOf);
        Map<String, Reference> sources = new TreeMap<>();
        related.forEach(r -> r.sources().forEach(s -> sources.putIfAbsent(s.key(), Gatherer.reference(s))));
        cited.forEach(r -> r.sources().forEach(s -> sources.putIfAbsent(s.key(), Gatherer.reference(s))));
        events.sources(sourceKeys).values().forEach(s -> sources.putIfAbsent(s.key(), Gatherer.reference(s)));
        InputsHash inputs = new InputsHash();
        FlashEpisode episode = episode(job, e, week, asOf, inputs);
        episode.events().forEach(r -> r.sources().forEach(s -> sources.putIfAbsent(s.key(), Gatherer.reference(s))));
        SeriesCounts counts = FlashSeries.merged(series.jobSeriesCounts(job, week, asOf, inputs),
                FlashSeries.relatedCounts(job, week, settings, spec, history));
        relevant.forEach(j -> inputs.add("judgment " + j.id() + " r" + j.revision()));
        Instant dataAsOf = related.stream().map(Event::recorded).max(Comparator.naturalOrder()).orElse(e.recorded());
        for (Event c : cited) {
            dataAsOf = c.recorded().isAfter(dataAsOf) ? c.recorded() : dataAsOf;
        }
        JobSnapshot base = JobSnapshot.of(job);
        JobSnapshot snapshot = new JobSnapshot(base.id(), base.title(), base.baselineWeeks(), job.flash().template(),
                base.citationStyle(), base.pageSize(), base.notableEvents(), settings, false, OnDisagreement.PUBLISH);
        return new FlashDigest(snapshot, job.coverageFrom(), week, from, dataAsOf, inputs.hex(), Gatherer.entry(e),
                e.tags().contains(RelatedEvents.WITHDRAWN), RelatedEvents.describe(e),
                related.stream().map(Gatherer::entry).toList(), cited.stream().map(Gatherer::entry).toList(),
                relevant.stream().map(j -> new AnalystJudgment(j.section(), new Passage(j.id(), j.title(), j.body(),
                        j.confidence(), j.likelihood(), false, j.statusIn(week)))).toList(),
                counts, episode.episode(), episode.events().stream().map(Gatherer::entry).toList(),
                List.copyOf(sources.values()));
    }

    /** An episode the event's governorate is in, and the deadliest of its events in the event's week. */
    record FlashEpisode(Episode episode, List<Event> events) {
        static final FlashEpisode NONE = new FlashEpisode(null, List.of());
    }

    static final int EPISODE_CITED = 3;

    /**
     * The episode of heightened violence the event's governorate is in during the event's week, found as the
     * weekly edition finds it. Its weeks are counted from a read of what counting needs (no event is built),
     * so a flash in a large log stays quick; only when an episode is running are the last half year's events
     * of the governorate read whole, to name it (who against whom, where) and cite its deadliest events.
     */
    FlashEpisode episode(JobDefinition job, Event e, IsoWeek week, Instant asOf, InputsHash inputs) {
        String area = e.place().admin1();
        if (area == null) {
            return FlashEpisode.NONE;
        }
        LocalDate historyFrom = week.minusWeeks(TrendAnalysis.EPISODE_HISTORY_WEEKS - 1).monday();
        LocalDate namedFrom = week.minusWeeks(TrendAnalysis.EPISODE_NAMING_WEEKS - 1).monday();
        List<Observation> counted = new ArrayList<>();
        for (AreaTally t : events.areaTallies(area, historyFrom, week.sunday(), asOf)) {
            if (FlashScope.holds(job, t.country(), t.occurred()) && !t.tags().contains(RelatedEvents.WITHDRAWN)) {
                counted.add(new Observation(t.eventId(), t.occurred(), t.type(), null, List.of(), area, null,
                        t.fatalities(), t.tags(), t.datePrecision(), null, List.of()));
            }
        }
        if (TrendAnalysis.episodeIn(area, counted, week, job.baselineWeeks(), job.coverageFrom()).isEmpty()) {
            return FlashEpisode.NONE;
        }
        List<Event> recent = events.inAreaBetween(area, namedFrom, week.sunday(), asOf).stream()
                .filter(r -> FlashScope.holds(job, r) && !r.tags().contains(RelatedEvents.WITHDRAWN)).toList();
        List<Observation> named = new ArrayList<>(counted.stream().filter(o -> o.occurred().isBefore(namedFrom)).toList());
        recent.forEach(r -> named.add(Gatherer.observation(r)));
        Episode episode = TrendAnalysis.episodeIn(area, named, week, job.baselineWeeks(), job.coverageFrom())
                .orElseThrow(() -> new IllegalStateException("the episode in " + area + " found from the counts of "
                        + "its weeks is not found from its events: the two reads of the log disagree"));
        List<Event> thisWeek = recent.stream().filter(r -> !r.occurred().isBefore(week.monday())).toList();
        List<String> cited = thisWeek.stream().map(Gatherer::entry).sorted(EventEntry.DEADLIEST_FIRST)
                .limit(EPISODE_CITED).map(EventEntry::id).toList();
        recent.forEach(r -> inputs.add("event " + r.id() + " r" + r.revision()));
        return new FlashEpisode(episode, cited.stream().map(id -> thisWeek.stream().filter(r -> r.id().equals(id))
                .findFirst().orElseThrow()).toList());
    }


    /** The related events from {@code from} to {@code to}, in date order, the event itself always among them. */
    List<Event> related(JobDefinition job, Event e, SeriesSpec spec, LocalDate from, LocalDate to, Instant asOf) {
        List<Event> related = new ArrayList<>();
        // The database narrows by type, sub-type and actor; the series test below stays the definition.
        for (Event r : events.ofTypeBetween(e.type(), e.subType(), spec.actors(), from, to, asOf)) {
            boolean self = r.id().equals(e.id());
            if (self || (FlashScope.holds(job, r) && RelatedEvents.related(spec, e, Gatherer.observation(r)))) {
                related.add(self ? e : r);
            }
        }
        return related;
    }

    static final int RELEVANT_JUDGMENTS = 4;

    /** How many of actor, place and tag the judgment shares with the event (0 to 3). */
    static int relevance(Judgment j, Event e) {
        boolean actor = e.actors().stream().map(Actor::name).anyMatch(j.actors()::contains);
        boolean place = j.places().stream().anyMatch(p -> p.equals(e.place().name()) || p.equals(e.place().admin1()));
        boolean tag = e.tags().stream().anyMatch(j.tags()::contains);
        return (actor ? 1 : 0) + (place ? 1 : 0) + (tag ? 1 : 0);
    }

    /** Shares an actor, a place (name or governorate) or a tag with the event. */
    static boolean relevant(Judgment j, Event e) {
        boolean actor = e.actors().stream().map(Actor::name).anyMatch(j.actors()::contains);
        // An event may name no place or no governorate: List.of(...).contains(null) throws.
        boolean place = j.places().stream().anyMatch(p -> p.equals(e.place().name()) || p.equals(e.place().admin1()));
        boolean tag = e.tags().stream().anyMatch(j.tags()::contains);
        return actor || place || tag;
    }

    static Observation observation(EventEntry e) {
        return new Observation(e.id(), e.occurred(), e.type(), e.subType(), e.actors(), e.admin1(), e.place(),
                e.fatalities(), e.tags(), e.precision(), null, List.of());
    }

}
