package dev.sitrep.analysis.trend;

import dev.sitrep.core.IsoWeek;
import java.util.List;

/**
 * A run of elevated activity in one governorate that is still going on in the period: since {@code start},
 * its {@code week}-th week, with its totals so far against the weekly level before it began, the dyad
 * that dominates it (told as "A against B" where sides are known) and its deadliest places.
 *
 * @param earlierReached   how many earlier episodes in the log's history lasted at least {@code week} weeks
 * @param earlierContinued how many of those went on for another week: the base rate for this one
 * @param weeklyDeaths     the episode's deaths week by week, from {@code start} to the period
 */
public record Episode(String area, IsoWeek start, int week, int events, int deaths, double eventsBefore,
                      double deathsBefore, Phase phase, String sides, List<String> places, int earlierReached,
                      int earlierContinued, List<Integer> weeklyDeaths, List<Integer> weeklyEvents) {

    public enum Phase {
        NEW("new this week"), ESCALATING("escalating"), STEADY("steady"), SUBSIDING("subsiding");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Episode {
        places = List.copyOf(places);
        weeklyDeaths = List.copyOf(weeklyDeaths);
        weeklyEvents = List.copyOf(weeklyEvents);
    }

    /** The same episode with no record of earlier ones: for a view of one governorate, which cannot give one. */
    Episode withoutBaseRate() {
        return new Episode(area, start, week, events, deaths, eventsBefore, deathsBefore, phase, sides, places, 0, 0,
                weeklyDeaths, weeklyEvents);
    }

    /** The share of earlier episodes as long as this one that went on for another week, or null if too few. */
    public Double continuation() {
        if (earlierReached < Episodes.MIN_EARLIER) {
            return null;
        }
        // Laplace's rule of succession: no certainty from a small record, either way.
        return (earlierContinued + 1.0) / (earlierReached + 2.0);
    }
}
