package dev.sitrep.analysis.trend;

import static dev.sitrep.analysis.Observations.anEvent;
import static dev.sitrep.analysis.Observations.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingsTest {

    private static final IsoWeek W08 = IsoWeek.parse("2018-W08");
    private static final LocalDate KEPT_FROM = W08.minusWeeks(30).monday();
    private static final int[] RIF_DIMASHQ = {99, 20, 39, 29, 86, 239, 101, 43, 15, 32, 258, 43};

    /** Rif Dimashq: a few events a week with the deaths above, then 648 in the period; 5 protests against 1 a week. */
    private static List<Observation> ghouta(int deathsNow) {
        List<Observation> log = new ArrayList<>();
        for (int w = 12; w >= 1; w--) {
            String day = W08.minusWeeks(w).monday().plusDays(2).toString();
            log.add(anEvent().on(day).ofType("state-based").in("Rif Dimashq", "Douma").killing(RIF_DIMASHQ[12 - w])
                    .build());
            log.addAll(times(3, anEvent().on(day).ofType("state-based").in("Rif Dimashq", "Harasta")));
            log.add(anEvent().on(day).ofType("protest").subType("peaceful").in("Damascus", "Damascus").build());
        }
        log.add(anEvent().on("2018-02-21").ofType("state-based").in("Rif Dimashq", "Douma").killing(deathsNow).build());
        log.addAll(times(3, anEvent().on("2018-02-21").ofType("state-based").in("Rif Dimashq", "Harasta")));
        log.addAll(times(5, anEvent().on("2018-02-20").ofType("protest").subType("peaceful").in("Damascus", "Damascus")));
        return log;
    }

    @Test
    void deathsInAGovernorateAreTestedAndFound() {
        Trends trends = TrendAnalysis.analyse(ghouta(648), W08, 12, KEPT_FROM);

        assertThat(trends.findings()).anySatisfy(f -> {
            assertThat(f.metric()).isEqualTo(Finding.Metric.DEATHS);
            assertThat(f.dimension()).isEqualTo(Dimension.ADMIN1);
            assertThat(f.key()).isEqualTo("Rif Dimashq");
            assertThat(f.current()).isEqualTo(648);
            assertThat(f.baselineMean()).isCloseTo(83.67, org.assertj.core.data.Offset.offset(0.01));
            assertThat(f.signal()).isEqualTo(Signal.SURGE);
        });
    }

    @Test
    void aLargeUnusualDeathTollOutranksASmallUnusualCountOfASubType() {
        Trends trends = TrendAnalysis.analyse(ghouta(648), W08, 12, KEPT_FROM);

        Finding protests = trends.findings().stream().filter(f -> f.key().equals("protest / peaceful")).findFirst()
                .orElseThrow();
        Finding deaths = trends.findings().stream().filter(f -> f.key().equals("Rif Dimashq")
                && f.metric() == Finding.Metric.DEATHS).findFirst().orElseThrow();
        assertThat(protests.signal()).isEqualTo(Signal.SURGE);
        assertThat(trends.findings().indexOf(deaths)).isLessThan(trends.findings().indexOf(protests));
        assertThat(trends.groups().get(0).head().key()).isEqualTo("Rif Dimashq");
    }

    @Test
    void anOrdinaryDeathTollIsNoFinding() {
        Trends trends = TrendAnalysis.analyse(ghouta(60), W08, 12, KEPT_FROM);

        assertThat(trends.findings()).noneMatch(f -> f.metric() == Finding.Metric.DEATHS);
    }

    @Test
    void deathsOfARecordDatedOnlyToAMonthOrMoreAreLeftOutOfWeeklyFigures() {
        List<Observation> log = ghouta(60);
        log.add(anEvent().on("2018-02-19").datedTo("month").ofType("state-based").in("Rif Dimashq", "Douma")
                .killing(8179).build());
        Trends trends = TrendAnalysis.analyse(log, W08, 12, KEPT_FROM);

        assertThat(trends.fatalities().current()).isEqualTo(60);
        assertThat(trends.undatedDeaths()).isEqualTo(8179);
        assertThat(trends.findings()).noneMatch(f -> f.metric() == Finding.Metric.DEATHS);
        // The record itself still counts as an event of the week it starts in.
        assertThat(trends.total().current()).isEqualTo(1 + 3 + 5 + 1);
    }

    @Test
    void aRecordDatedToTheWeekCountsItsDeathsAtTheMiddleOfThatWeek() {
        List<Observation> log = ghouta(60);
        log.add(anEvent().on("2018-02-11").datedTo("week").ofType("state-based").in("Rif Dimashq", "Douma")
                .killing(500).build());
        Trends trends = TrendAnalysis.analyse(log, W08, 12, KEPT_FROM);

        // Dated from Sunday 11 February: its week runs to the 17th, so its deaths count in W07, not W06.
        assertThat(trends.fatalities().weekly().get(11)).isEqualTo(43 + 500);
    }
}
