package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Coverage;
import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole weekly history of some tracked series, counted one event at a time as the log streams past: from
 * the first whole week the log covers to the week of the latest event, for a backtest over everything known
 * (an edition counts only its history window; see {@link SeriesAccumulator}).
 */
public final class SeriesHistory {

    private final List<SeriesSpec> series;
    private final Coverage coverage;
    private final Map<IsoWeek, int[]> byWeek = new HashMap<>();
    private LocalDate latest;

    public SeriesHistory(List<SeriesSpec> series, LocalDate coverageFrom) {
        this.series = List.copyOf(series);
        this.coverage = new Coverage(coverageFrom);
    }

    public void accept(Observation o) {
        coverage.see(o.occurred());
        if (latest == null || o.occurred().isAfter(latest)) {
            latest = o.occurred();
        }
        for (int i = 0; i < series.size(); i++) {
            SeriesSpec spec = series.get(i);
            LocalDate day = spec.matches(o) ? spec.dayCounted(o) : null;
            if (day != null) {
                byWeek.computeIfAbsent(IsoWeek.containing(day), k -> new int[series.size()])[i] += spec.amount(o);
            }
        }
    }

    /** One series per spec, in their order; weeks without events count zero, weeks before coverage are left out. */
    public List<CountSeries> counts() {
        List<CountSeries> out = new ArrayList<>();
        IsoWeek first = coverage.firstWeek();
        IsoWeek last = latest == null ? null : IsoWeek.containing(latest);
        for (int i = 0; i < series.size(); i++) {
            List<Integer> counts = new ArrayList<>();
            if (first != null && first.compareTo(last) <= 0) {
                for (IsoWeek w = first; w.compareTo(last) <= 0; w = w.plusWeeks(1)) {
                    int[] c = byWeek.get(w);
                    counts.add(c == null ? 0 : c[i]);
                }
            }
            out.add(new CountSeries(series.get(i).id(), first == null ? IsoWeek.containing(LocalDate.EPOCH) : first,
                    counts));
        }
        return out;
    }
}
