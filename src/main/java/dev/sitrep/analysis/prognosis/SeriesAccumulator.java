package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the tracked series one event at a time, so the log can stream past it. */
public final class SeriesAccumulator {

    private final IsoWeek last;
    private final IsoWeek first;
    private final List<SeriesSpec> series;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    public SeriesAccumulator(IsoWeek last, PrognosisSettings settings) {
        this.last = last;
        this.first = last.minusWeeks(settings.historyWeeks() - 1);
        this.series = settings.series();
        series.forEach(s -> counts.put(s.id(), new int[settings.historyWeeks()]));
    }

    public void accept(Observation o) {
        IsoWeek week = IsoWeek.containing(o.occurred());
        if (week.compareTo(first) < 0 || week.compareTo(last) > 0) {
            return;
        }
        int i = (int) ChronoUnit.WEEKS.between(first.monday(), week.monday());
        for (SeriesSpec s : series) {
            if (s.matches(o)) {
                counts.get(s.id())[i]++;
            }
        }
    }

    public SeriesCounts counts() {
        Map<String, List<Integer>> bySeries = new LinkedHashMap<>();
        counts.forEach((id, c) -> bySeries.put(id, Arrays.stream(c).boxed().toList()));
        return new SeriesCounts(last, bySeries);
    }
}
