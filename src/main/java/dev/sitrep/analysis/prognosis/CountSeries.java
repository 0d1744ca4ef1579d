package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/** One named series of weekly counts, every week from {@code first} on, oldest first, with no gaps. */
public record CountSeries(String id, IsoWeek first, List<Integer> counts) {

    public CountSeries {
        counts = List.copyOf(counts);
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("series " + id + ": counts are >= 0, not " + c);
            }
        }
    }

    public IsoWeek week(int index) {
        return first.plusWeeks(index);
    }

    public IsoWeek last() {
        return week(counts.size() - 1);
    }

    /** The weeks up to and including {@code last} only, as if nothing later were known yet (may be empty). */
    public CountSeries until(IsoWeek last) {
        long weeks = java.time.temporal.ChronoUnit.WEEKS.between(first.monday(), last.monday()) + 1;
        return new CountSeries(id, first, counts.subList(0, (int) Math.max(0, Math.min(counts.size(), weeks))));
    }

    int[] values() {
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
