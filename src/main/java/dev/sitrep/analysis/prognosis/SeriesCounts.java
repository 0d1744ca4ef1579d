package dev.sitrep.analysis.prognosis;

import dev.sitrep.core.IsoWeek;
import java.util.List;
import java.util.Map;

/** Weekly counts of each tracked series over its history window, ending with {@code last}. */
public record SeriesCounts(IsoWeek last, Map<String, List<Integer>> bySeries) {

    public SeriesCounts {
        bySeries = Map.copyOf(bySeries);
    }
}
