package dev.sitrep.jobs;

import dev.sitrep.analysis.prognosis.PrognosisSettings;
import dev.sitrep.analysis.prognosis.SeriesAccumulator;
import dev.sitrep.analysis.prognosis.SeriesCounts;
import dev.sitrep.analysis.prognosis.SeriesSpec;
import dev.sitrep.core.IsoWeek;
import dev.sitrep.events.Event;
import dev.sitrep.events.EventLog;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The counts a flash's prognosis needs: the related series (from the related events the gather read by
 * index) and the job's tracked series behind its scenarios (by index where the job's series allow it).
 */
final class FlashSeries {

    private final EventLog events;

    FlashSeries(EventLog events) {
        this.events = events;
    }

    /** The first day the related series' weekly or monthly history needs. */
    static LocalDate historyStart(IsoWeek week, PrognosisSettings p) {
        LocalDate weeks = week.minusWeeks(p.historyWeeks() - 1).monday();
        LocalDate months = SeriesAccumulator.lastCompleteMonth(week).minusMonths(p.historyMonths() - 1).atDay(1);
        return weeks.isBefore(months) ? weeks : months;
    }

    /** The related series, counted from the related events alone (a withdrawn event is not counted). */
    static SeriesCounts relatedCounts(JobDefinition job, IsoWeek week, PrognosisSettings settings, SeriesSpec spec,
                                      List<Event> related) {
        PrognosisSettings only = new PrognosisSettings(settings.horizonWeeks(), settings.historyWeeks(),
                settings.outlookMonths(), settings.historyMonths(), List.of(spec), List.of(), List.of());
        SeriesAccumulator series = new SeriesAccumulator(week, only, job.coverageFrom());
        related.stream().filter(r -> !r.tags().contains(RelatedEvents.WITHDRAWN))
                .forEach(r -> series.accept(Gatherer.observation(r)));
        return series.counts();
    }

    /**
     * The job's tracked series that its scenarios name, counted over their history. When the job declares
     * where its log starts ({@code scope.from}) and each of those series is filtered by type, an indexed read
     * per type (narrowed by the series' actors) over the history window finds every event they count; else a
     * pass over the log up to the event's week, as the weekly gather makes (the coverage then rests on the
     * first event seen, which only a pass knows).
     */
    SeriesCounts jobSeriesCounts(JobDefinition job, IsoWeek week, Instant asOf, InputsHash inputs) {
        List<SeriesSpec> named = scenarioSeries(job.prognosis());
        PrognosisSettings p = job.prognosis();
        SeriesAccumulator series = new SeriesAccumulator(week, new PrognosisSettings(p.horizonWeeks(),
                p.historyWeeks(), p.outlookMonths(), p.historyMonths(), named, List.of(), List.of()), job.coverageFrom());
        java.util.function.Consumer<Event> count = ev -> {
            if (FlashScope.holds(job, ev) && !ev.tags().contains(RelatedEvents.WITHDRAWN)) {
                series.accept(Gatherer.observation(ev));
                inputs.add("event " + ev.id() + " r" + ev.revision());
            }
        };
        if (job.coverageFrom() == null || named.stream().anyMatch(s -> s.types().isEmpty())) {
            events.forEachCountedAsOf(asOf, week.sunday(), count);
            return series.counts();
        }
        Map<String, Event> read = new java.util.TreeMap<>();
        for (SeriesSpec s : named) {
            for (String type : s.types()) {
                events.ofTypeBetween(type, null, s.actors(), historyStart(week, p), week.sunday(), asOf)
                        .forEach(ev -> read.putIfAbsent(ev.id(), ev));
            }
        }
        read.values().forEach(count);
        return series.counts();
    }

    /** The series the job's scenarios are stated over, in the order the job lists them. */
    static List<SeriesSpec> scenarioSeries(PrognosisSettings p) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        p.scenarios().forEach(s -> ids.addAll(s.condition(p.seriesIds()).series()));
        return p.series().stream().filter(s -> ids.contains(s.id())).toList();
    }

    static SeriesCounts merged(SeriesCounts job, SeriesCounts related) {
        Map<String, List<Integer>> weekly = new java.util.HashMap<>(job.weekly());
        weekly.putAll(related.weekly());
        Map<String, List<Integer>> monthly = new java.util.HashMap<>(job.monthly());
        monthly.putAll(related.monthly());
        return new SeriesCounts(job.last(), job.lastMonth(), job.configuredWeeks(), job.configuredMonths(), weekly,
                monthly);
    }

    /** A flash forecasts what it shows: the related series, and the series behind the job's scenarios. */
    static PrognosisSettings withRelated(PrognosisSettings p, SeriesSpec related) {
        List<SeriesSpec> series = new ArrayList<>();
        series.add(related);
        series.addAll(scenarioSeries(p));
        return new PrognosisSettings(p.horizonWeeks(), p.historyWeeks(), p.outlookMonths(), p.historyMonths(), series,
                p.scenarios(), List.of());
    }

}
