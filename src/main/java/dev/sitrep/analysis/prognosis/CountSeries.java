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

    int[] values() {
        return counts.stream().mapToInt(Integer::intValue).toArray();
    }
}
