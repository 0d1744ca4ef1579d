package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Coverage;
import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the tracked series one event at a time, so the log can stream past it: by ISO week over the
 * history window ending with the period, and by calendar month over the months completed by its end.
 */
public final class SeriesAccumulator {

    private final IsoWeek last;
    private final IsoWeek first;
    private final YearMonth lastMonth;
    private final YearMonth firstMonth;
    private final PrognosisSettings settings;
    private final Coverage coverage;
    private final Map<String, int[]> weekly = new LinkedHashMap<>();
    private final Map<String, int[]> monthly = new LinkedHashMap<>();
    private final SeriesIndex index;
    private final int[][] weeklyAt;
    private final int[][] monthlyAt;

    public SeriesAccumulator(IsoWeek last, PrognosisSettings settings, LocalDate coverageFrom) {
        this.last = last;
        this.first = last.minusWeeks(settings.historyWeeks() - 1);
        this.lastMonth = lastCompleteMonth(last);
        this.firstMonth = lastMonth.minusMonths(settings.historyMonths() - 1);
        this.settings = settings;
        this.coverage = new Coverage(coverageFrom);
        this.index = new SeriesIndex(settings.series());
        int n = settings.series().size();
        this.weeklyAt = new int[n][];
        this.monthlyAt = new int[n][];
        for (int i = 0; i < n; i++) {
            weeklyAt[i] = new int[settings.historyWeeks()];
            monthlyAt[i] = new int[settings.historyMonths()];
            weekly.put(settings.series().get(i).id(), weeklyAt[i]);
            monthly.put(settings.series().get(i).id(), monthlyAt[i]);
        }
    }

    /** The last calendar month that has ended by the end of {@code period}. */
    public static YearMonth lastCompleteMonth(IsoWeek period) {
        return YearMonth.from(period.sunday().plusDays(1)).minusMonths(1);
    }

    /** Takes one event of the log; events after the period are ignored. */
    public void accept(Observation o) {
        if (IsoWeek.containing(o.occurred()).compareTo(last) > 0) {
            return;
        }
        coverage.see(o.occurred());
        // Deaths may count a few days after the date (a record dated to a week counts at its middle).
        if (!inWindows(o.occurred()) && !inWindows(o.occurred().plusDays(SLACK_DAYS))) {
            return;
        }
        index.forEachMatch(o, i -> {
            SeriesSpec spec = settings.series().get(i);
            LocalDate day = spec.dayCounted(o);
            if (day == null) {
                return;
            }
            IsoWeek week = IsoWeek.containing(day);
            if (week.compareTo(first) >= 0 && week.compareTo(last) <= 0) {
                weeklyAt[i][(int) ChronoUnit.WEEKS.between(first.monday(), week.monday())] += spec.amount(o);
            }
            YearMonth month = YearMonth.from(day);
            if (!month.isBefore(firstMonth) && !month.isAfter(lastMonth)) {
                monthlyAt[i][(int) ChronoUnit.MONTHS.between(firstMonth, month)] += spec.amount(o);
            }
        });
    }

    private static final int SLACK_DAYS = 3;

    private boolean inWindows(LocalDate day) {
        IsoWeek week = IsoWeek.containing(day);
        YearMonth month = YearMonth.from(day);
        return (week.compareTo(first) >= 0 && week.compareTo(last) <= 0)
                || (!month.isBefore(firstMonth) && !month.isAfter(lastMonth));
    }

    /** The counts, cut to the weeks and months the log covers. */
    public SeriesCounts counts() {
        int weeks = coverage.weeksCovered(last, settings.historyWeeks());
        int months = coverage.monthsCovered(lastMonth, settings.historyMonths());
        Map<String, List<Integer>> byWeek = new LinkedHashMap<>();
        Map<String, List<Integer>> byMonth = new LinkedHashMap<>();
        weekly.forEach((id, c) -> byWeek.put(id, tail(c, weeks)));
        monthly.forEach((id, c) -> byMonth.put(id, tail(c, months)));
        return new SeriesCounts(last, lastMonth, settings.historyWeeks(), settings.historyMonths(), byWeek, byMonth);
    }

    private static List<Integer> tail(int[] counts, int n) {
        return Arrays.stream(counts, counts.length - n, counts.length).boxed().toList();
    }
}
