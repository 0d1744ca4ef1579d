package dev.sitrep.analysis;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/** Counts per ISO week, oldest first, ending with {@code last}; weeks without events count zero. */
public record WeeklySeries(IsoWeek last, List<Integer> counts) {

    public WeeklySeries {
        counts = List.copyOf(counts);
    }

    public int latest() {
        return counts.get(counts.size() - 1);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
