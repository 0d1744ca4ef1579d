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
 * index) and the job's tracked series behind its scenarios (a pass over the log, as the weekly gather).
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

    /** The job's tracked series, behind its scenarios: a pass over the log up to the event's week, as weekly. */
    SeriesCounts jobSeriesCounts(JobDefinition job, IsoWeek week, Instant asOf, InputsHash inputs) {
        SeriesAccumulator series = new SeriesAccumulator(week, job.prognosis(), job.coverageFrom());
        events.forEachCountedAsOf(asOf, week.sunday(), ev -> {
            if (FlashScope.holds(job, ev) && !ev.tags().contains(RelatedEvents.WITHDRAWN)) {
                series.accept(Gatherer.observation(ev));
                inputs.add("event " + ev.id() + " r" + ev.revision());
            }
        });
        return series.counts();
    }

    static SeriesCounts merged(SeriesCounts job, SeriesCounts related) {
        Map<String, List<Integer>> weekly = new java.util.HashMap<>(job.weekly());
        weekly.putAll(related.weekly());
        Map<String, List<Integer>> monthly = new java.util.HashMap<>(job.monthly());
        monthly.putAll(related.monthly());
        return new SeriesCounts(job.last(), job.lastMonth(), job.configuredWeeks(), job.configuredMonths(), weekly,
                monthly);
    }

    static PrognosisSettings withRelated(PrognosisSettings p, SeriesSpec related) {
        List<SeriesSpec> series = new ArrayList<>();
        series.add(related);
        series.addAll(p.series());
        return new PrognosisSettings(p.horizonWeeks(), p.historyWeeks(), p.outlookMonths(), p.historyMonths(), series,
                p.scenarios(), p.indicators());
    }

}
