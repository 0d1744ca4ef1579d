package dev.sitrep.analysis.trend;

import static dev.sitrep.analysis.Observations.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EpisodesTest {

    private static final IsoWeek W08 = IsoWeek.parse("2018-W08");
    private static final int[] QUIET = {12, 8, 15, 10, 9, 14, 11, 7, 13, 10, 12, 9};

    /** Weeks of Rif Dimashq, oldest first, ending with W08: a quiet year, then {@code recent} deaths a week. */
    private static List<Observation> rifDimashq(Map<Integer, Integer> spikesWeeksAgo, int... recent) {
        List<Observation> log = new ArrayList<>();
        int weeks = 60;
        for (int ago = weeks - 1; ago >= 0; ago--) {
            int fromEnd = ago;
            int deaths = fromEnd < recent.length ? recent[recent.length - 1 - fromEnd]
                    : spikesWeeksAgo.getOrDefault(ago, QUIET[ago % QUIET.length]);
            String day = W08.minusWeeks(ago).monday().plusDays(1).toString();
            log.add(anEvent().on(day).ofType("state-based").initiatedBy("Government of Syria").by("Jaysh al-Islam")
                    .in("Rif Dimashq", ago < recent.length ? "Douma" : "Zamalka").killing(deaths * 2 / 3).build());
            log.add(anEvent().on(day).ofType("state-based").initiatedBy("Government of Syria").by("Jaysh al-Islam")
                    .in("Rif Dimashq", ago < recent.length ? "Harasta" : "Zamalka").killing(deaths - deaths * 2 / 3)
                    .build());
            log.add(anEvent().on(day).ofType("one-sided").by("IS").in("Rif Dimashq", "Zamalka").build());
        }
        return log;
    }

    private static Trends trends(List<Observation> log) {
        return TrendAnalysis.analyse(log, W08, 12, W08.minusWeeks(59).monday());
    }

    @Test
    void anEpisodeIsCountedFromItsFirstElevatedWeekAndNamedFromItsData() {
        Episode e = trends(rifDimashq(Map.of(), 300, 20, 600)).episodeIn("Rif Dimashq").orElseThrow();

        assertThat(e.start()).isEqualTo(IsoWeek.parse("2018-W06"));
        assertThat(e.week()).isEqualTo(3);
        assertThat(e.deaths()).isEqualTo(920);
        assertThat(e.events()).isEqualTo(9);
        assertThat(e.phase()).isEqualTo(Episode.Phase.ESCALATING);
        assertThat(e.sides()).isEqualTo("Government of Syria against Jaysh al-Islam");
        assertThat(e.places()).containsExactly("Douma", "Harasta", "Zamalka");
        assertThat(e.deathsBefore()).isBetween(7.0, 15.0);
        assertThat(e.weeklyDeaths()).containsExactly(300, 20, 600);
    }

    @Test
    void twoOrdinaryWeeksEndAnEpisode() {
        assertThat(trends(rifDimashq(Map.of(), 300, 20, 12)).episodes()).isEmpty();
        assertThat(trends(rifDimashq(Map.of(), 300, 20)).episodeIn("Rif Dimashq")).get()
                .extracting(Episode::phase).isEqualTo(Episode.Phase.SUBSIDING);
    }

    @Test
    void theNextEditionCallsTheSameEpisodeItsNextWeek() {
        List<Observation> log = rifDimashq(Map.of(), 300, 400, 500);
        Episode now = trends(log).episodeIn("Rif Dimashq").orElseThrow();
        List<Observation> later = new ArrayList<>(log);
        later.add(anEvent().on("2018-02-27").ofType("state-based").in("Rif Dimashq", "Douma").killing(700).build());
        Episode next = TrendAnalysis.analyse(later, W08.plusWeeks(1), 12, W08.minusWeeks(59).monday())
                .episodeIn("Rif Dimashq").orElseThrow();

        assertThat(now.week()).isEqualTo(3);
        assertThat(next.week()).isEqualTo(4);
        assertThat(next.start()).isEqualTo(now.start());
        assertThat(next.deaths()).isEqualTo(now.deaths() + 700);
    }

    @Test
    void howOftenEarlierEpisodesWentOnIsTheBaseRateForThisOne() {
        // Five one-week spikes and one of two weeks, each well apart, before this week's.
        Map<Integer, Integer> spikes = Map.of(46, 400, 40, 400, 34, 400, 28, 400, 22, 400, 16, 400, 15, 400);
        Episode e = trends(rifDimashq(spikes, 500)).episodeIn("Rif Dimashq").orElseThrow();

        assertThat(e.week()).isEqualTo(1);
        assertThat(e.phase()).isEqualTo(Episode.Phase.NEW);
        assertThat(e.earlierReached()).isEqualTo(6);
        assertThat(e.earlierContinued()).isEqualTo(1);
        assertThat(e.continuation()).isCloseTo(2 / 8.0, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void oneGovernoratesEventsAloneFindItsEpisodeAsTheWholeLogDoesWithoutABaseRate() {
        Map<Integer, Integer> spikes = Map.of(46, 400, 40, 400, 34, 400, 28, 400, 22, 400, 16, 400, 15, 400);
        List<Observation> log = new ArrayList<>(rifDimashq(spikes, 500));
        for (int ago = 0; ago < 60; ago++) {
            log.add(anEvent().on(W08.minusWeeks(ago).monday().plusDays(2).toString()).ofType("state-based")
                    .by("Hayat Tahrir al-Sham").in("Idlib", "Saraqib").killing(ago == 0 ? 900 : 5).build());
        }
        Episode whole = trends(log).episodeIn("Rif Dimashq").orElseThrow();

        Episode alone = TrendAnalysis.episodeIn("Rif Dimashq", log, W08, 12, W08.minusWeeks(59).monday())
                .orElseThrow();

        assertThat(whole.earlierReached()).isPositive();
        assertThat(alone).isEqualTo(new Episode(whole.area(), whole.start(), whole.week(), whole.events(),
                whole.deaths(), whole.eventsBefore(), whole.deathsBefore(), whole.phase(), whole.sides(),
                whole.places(), 0, 0, whole.weeklyDeaths(), whole.weeklyEvents()));
        assertThat(alone.continuation()).isNull();
        assertThat(TrendAnalysis.episodeIn("Rif Dimashq", rifDimashq(Map.of()), W08, 12, W08.minusWeeks(59).monday()))
                .isEmpty();
    }

    @Test
    void aQuietGovernorateHasNoEpisode() {
        assertThat(trends(rifDimashq(Map.of())).episodes()).isEmpty();
    }
}
