package dev.sitrep.analysis;

import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/** Counts per ISO week, oldest first, ending with {@code last}; weeks without events count zero. */
public record WeeklySeries(IsoWeek last, List<Integer> counts) {

    public WeeklySeries {
        counts = List.copyOf(counts);
    }

    public static WeeklySeries of(List<Observation> observations, Predicate<Observation> filter, IsoWeek last,
                                  int weeks) {
        return sum(observations, filter, o -> 1, last, weeks);
    }

    /** Weekly sums of {@code weight} (e.g. fatalities) over the observations that pass {@code filter}. */
    public static WeeklySeries sum(List<Observation> observations, Predicate<Observation> filter,
                                   ToIntFunction<Observation> weight, IsoWeek last, int weeks) {
        IsoWeek first = last.minusWeeks(weeks - 1);
        int[] counts = new int[weeks];
        for (Observation o : observations) {
            IsoWeek week = IsoWeek.containing(o.occurred());
            if (week.compareTo(first) >= 0 && week.compareTo(last) <= 0 && filter.test(o)) {
                counts[weeksBetween(first, week)] += weight.applyAsInt(o);
            }
        }
        List<Integer> list = new ArrayList<>(weeks);
        for (int c : counts) {
            list.add(c);
        }
        return new WeeklySeries(last, list);
    }

    public IsoWeek first() {
        return last.minusWeeks(counts.size() - 1);
    }

    public IsoWeek weekAt(int index) {
        return first().plusWeeks(index);
    }

    public int latest() {
        return counts.get(counts.size() - 1);
    }

    /** All but the latest week: the baseline the latest week is judged against. */
    public List<Integer> baseline() {
        return counts.subList(0, counts.size() - 1);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private static int weeksBetween(IsoWeek from, IsoWeek to) {
        return (int) java.time.temporal.ChronoUnit.WEEKS.between(from.monday(), to.monday());
    }
}
