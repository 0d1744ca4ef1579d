package dev.sitrep.analysis.prognosis;

import dev.sitrep.analysis.Observation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Finds the series an event belongs to without testing every series: each is filed under the values of
 * its first filter (types, else actors, else tags, else governorates), so a job with hundreds of series
 * costs a few look-ups per event rather than hundreds of tests.
 */
final class SeriesIndex {

    private final List<SeriesSpec> series;
    private final Map<String, List<Integer>> byType = new HashMap<>();
    private final Map<String, List<Integer>> byActor = new HashMap<>();
    private final Map<String, List<Integer>> byTag = new HashMap<>();
    private final Map<String, List<Integer>> byAdmin1 = new HashMap<>();
    private final List<Integer> unfiltered = new ArrayList<>();
    private final int[] seenBy;
    private int event;

    SeriesIndex(List<SeriesSpec> series) {
        this.series = series;
        this.seenBy = new int[series.size()];
        for (int i = 0; i < series.size(); i++) {
            SeriesSpec s = series.get(i);
            if (!s.types().isEmpty()) {
                file(byType, s.types(), i);
            } else if (!s.actors().isEmpty()) {
                file(byActor, s.actors(), i);
            } else if (!s.tags().isEmpty()) {
                file(byTag, s.tags(), i);
            } else if (!s.admin1().isEmpty()) {
                file(byAdmin1, s.admin1(), i);
            } else {
                unfiltered.add(i);
            }
        }
    }

    private static void file(Map<String, List<Integer>> index, List<String> keys, int series) {
        keys.forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>()).add(series));
    }

    /** Calls {@code action} once with the position of each series {@code o} matches. */
    void forEachMatch(Observation o, IntConsumer action) {
        event++;
        candidates(byType.get(o.type()), o, action);
        for (String actor : o.actors()) {
            candidates(byActor.get(actor), o, action);
        }
        for (String tag : o.tags()) {
            candidates(byTag.get(tag), o, action);
        }
        if (o.admin1() != null) {
            candidates(byAdmin1.get(o.admin1()), o, action);
        }
        candidates(unfiltered, o, action);
    }

    private void candidates(List<Integer> positions, Observation o, IntConsumer action) {
        if (positions == null) {
            return;
        }
        for (int i : positions) {
            if (seenBy[i] != event) {
                seenBy[i] = event;
                if (series.get(i).matches(o)) {
                    action.accept(i);
                }
            }
        }
    }
}
