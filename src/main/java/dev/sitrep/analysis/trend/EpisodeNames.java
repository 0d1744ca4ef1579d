package dev.sitrep.analysis.trend;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Names an episode from its data only: the dyad with the most deaths (then events), its deadliest places. */
final class EpisodeNames {

    private EpisodeNames() {
    }

    /** "Government of Syria against Syrian insurgents", or null when no event of the episode names two sides. */
    static String sides(AreaHistory h, String area, int weeks) {
        String dyad = top(h.dyadDeaths().getOrDefault(area, Map.of()), h.dyadEvents().getOrDefault(area, Map.of()),
                h.recentWeeks(), weeks, 1).stream().findFirst().orElse(null);
        if (dyad == null) {
            return null;
        }
        String[] pair = dyad.split(" – ", 2);
        String initiator = h.sideA().get(dyad);
        if (initiator == null || pair.length < 2) {
            return pair[0] + " and " + pair[pair.length - 1];
        }
        return initiator + " against " + (initiator.equals(pair[0]) ? pair[1] : pair[0]);
    }

    static List<String> places(AreaHistory h, String area, int weeks, int limit) {
        return top(h.placeDeaths().getOrDefault(area, Map.of()), h.placeEvents().getOrDefault(area, Map.of()),
                h.recentWeeks(), weeks, limit);
    }

    /** The keys with most deaths, then events, over the episode's weeks that the recent window holds. */
    private static List<String> top(Map<String, List<Integer>> deaths, Map<String, List<Integer>> events, int recent,
                                    int weeks, int limit) {
        int from = Math.max(0, recent - weeks);
        Comparator<String> order = Comparator.comparingInt((String k) -> -total(deaths.get(k), from))
                .thenComparingInt(k -> -total(events.get(k), from)).thenComparing(Comparator.naturalOrder());
        return events.keySet().stream().filter(k -> total(events.get(k), from) > 0).sorted(order).limit(limit).toList();
    }

    private static int total(List<Integer> weekly, int from) {
        return weekly == null ? 0 : weekly.subList(Math.min(from, weekly.size()), weekly.size()).stream()
                .mapToInt(Integer::intValue).sum();
    }
}
