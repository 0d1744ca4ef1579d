package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds episodes: runs of weeks in which a governorate's deaths or events stand out (the same tests as the
 * period's findings) against the weeks before the run began. The baseline is frozen at the start, so a
 * long offensive is still measured against the quiet it broke, not against itself; one ordinary week
 * inside a run does not end it, two do. Episodes are recomputed from the log at every edition, so the
 * next edition calls the same run its next week without any state kept between editions.
 */
final class Episodes {

    static final int MAX_GAP = 1;
    static final int MIN_EARLIER = 5;
    static final int PLACES = 3;

    private Episodes() {
    }

    /** The episodes ongoing in the period (the last week of the history), the deadliest first. */
    static List<Episode> ongoing(AreaHistory h, IsoWeek period, int baselineWeeks) {
        List<Span> all = new ArrayList<>();
        h.events().keySet().stream().sorted().forEach(area -> all.addAll(spans(area, h, baselineWeeks)));
        int last = h.weeks() - 1;
        List<Episode> out = new ArrayList<>();
        for (Span s : all) {
            if (s.lastElevated() >= last - MAX_GAP) {
                out.add(episode(s, h, period, baselineWeeks, all));
            }
        }
        out.sort(Comparator.comparingInt(Episode::deaths).reversed().thenComparing(Comparator.comparingInt(
                Episode::events).reversed()).thenComparing(Episode::area));
        return out;
    }

    record Span(String area, int start, int lastElevated) {
        int length() {
            return lastElevated - start + 1;
        }
    }

    static List<Span> spans(String area, AreaHistory h, int baselineWeeks) {
        int[] events = array(h.events().get(area), h.weeks());
        int[] deaths = array(h.deaths().get(area), h.weeks());
        List<Span> spans = new ArrayList<>();
        int start = -1;
        int lastElevated = -1;
        for (int i = baselineWeeks; i < h.weeks(); i++) {
            int from = start < 0 ? i - baselineWeeks : start - baselineWeeks;
            int to = start < 0 ? i : start;
            boolean elevated = elevated(events, deaths, from, to, i);
            if (start < 0 && elevated) {
                start = i;
                lastElevated = i;
            } else if (start >= 0 && elevated) {
                lastElevated = i;
            } else if (start >= 0 && i - lastElevated > MAX_GAP) {
                spans.add(new Span(area, start, lastElevated));
                start = -1;
            }
        }
        if (start >= 0) {
            spans.add(new Span(area, start, lastElevated));
        }
        return spans;
    }

    private static boolean elevated(int[] events, int[] deaths, int from, int to, int week) {
        return DeathTest.of(Arrays.copyOfRange(deaths, from, to), deaths[week]).signal() == Signal.SURGE
                || CountTest.of(Arrays.copyOfRange(events, from, to), events[week]).signal() == Signal.SURGE;
    }

    private static Episode episode(Span s, AreaHistory h, IsoWeek period, int baselineWeeks, List<Span> all) {
        int last = h.weeks() - 1;
        int[] events = array(h.events().get(s.area()), h.weeks());
        int[] deaths = array(h.deaths().get(s.area()), h.weeks());
        int week = last - s.start() + 1;
        List<Integer> weeklyDeaths = Arrays.stream(deaths, s.start(), last + 1).boxed().toList();
        List<Integer> weeklyEvents = Arrays.stream(events, s.start(), last + 1).boxed().toList();
        int reached = 0;
        int continued = 0;
        for (Span other : all) {
            // An episode still running at the period has not yet shown whether it goes on: left out.
            boolean open = other.lastElevated() >= last - MAX_GAP;
            if (other != s && !open && other.length() >= week) {
                reached++;
                continued += other.length() > week ? 1 : 0;
            }
        }
        return new Episode(s.area(), period.minusWeeks(week - 1), week, sum(weeklyEvents), sum(weeklyDeaths),
                mean(events, s.start() - baselineWeeks, s.start()), mean(deaths, s.start() - baselineWeeks, s.start()),
                phase(weeklyDeaths, weeklyEvents, s.lastElevated() == last), EpisodeNames.sides(h, s.area(), week),
                EpisodeNames.places(h, s.area(), week, PLACES), reached, continued, weeklyDeaths, weeklyEvents);
    }

    private static Episode.Phase phase(List<Integer> deaths, List<Integer> events, boolean elevatedNow) {
        if (deaths.size() == 1) {
            return Episode.Phase.NEW;
        }
        if (!elevatedNow) {
            return Episode.Phase.SUBSIDING;
        }
        List<Integer> measure = sum(deaths) > 0 ? deaths : events;
        double now = measure.get(measure.size() - 1);
        double before = measure.subList(0, measure.size() - 1).stream().mapToInt(Integer::intValue).average().orElse(0);
        if (now >= 1.25 * before) {
            return Episode.Phase.ESCALATING;
        }
        return now <= 0.75 * before ? Episode.Phase.SUBSIDING : Episode.Phase.STEADY;
    }

    static int[] array(List<Integer> list, int weeks) {
        return list == null ? new int[weeks] : list.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int sum(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).sum();
    }

    private static double mean(int[] values, int from, int to) {
        return Arrays.stream(values, Math.max(0, from), to).average().orElse(0);
    }
}
