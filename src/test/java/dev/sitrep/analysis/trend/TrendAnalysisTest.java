package dev.sitrep.analysis.trend;

import static dev.sitrep.analysis.Observations.anEvent;
import static dev.sitrep.analysis.Observations.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.junit.jupiter.api.Test;

class TrendAnalysisTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    /** The log is kept from the first baseline week (its first event falls on a Wednesday). */
    private static final LocalDate KEPT_FROM = W48.minusWeeks(12).monday();

    /** Two clashes a week for twelve weeks, then {@code current} in W48. */
    private static List<Observation> steadyThen(int current) {
        List<Observation> events = new ArrayList<>();
        for (int w = 1; w <= 12; w++) {
            LocalDate wednesday = W48.minusWeeks(w).monday().plusDays(2);
            events.addAll(times(2, anEvent().on(wednesday.toString()).ofType("armed-clash")));
        }
        events.addAll(times(current, anEvent().on("2025-11-26").ofType("armed-clash")));
        return events;
    }

    @Test
    void aWeekFarAboveItsBaselineIsASurgeWithTheTestBehindIt() {
        CountRow clashes = TrendAnalysis.analyse(steadyThen(8), W48, 12, KEPT_FROM).byType().get(0);

        assertThat(clashes.key()).isEqualTo("armed-clash");
        assertThat(clashes.current()).isEqualTo(8);
        assertThat(clashes.baselineMean()).isEqualTo(2.0);
        assertThat(clashes.signal()).isEqualTo(Signal.SURGE);
        // Given 32 clashes in 13 weeks, 8 or more of them in one week: Binomial(32, 1/13), two-sided.
        double upper = 1 - new BinomialDistribution(32, 1 / 13.0).cumulativeProbability(7);
        assertThat(clashes.pValue()).isCloseTo(2 * upper, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(clashes.changePercent()).isEqualTo(300.0);
        assertThat(clashes.weekly()).hasSize(13).endsWith(8);
    }

    @Test
    void aWeekLikeItsBaselineIsNormalAndAnEmptyWeekAfterAStreakIsADrop() {
        assertThat(TrendAnalysis.analyse(steadyThen(3), W48, 12, KEPT_FROM).byType().get(0).signal())
                .isEqualTo(Signal.NORMAL);
        List<Observation> busy = new ArrayList<>();
        for (int w = 1; w <= 12; w++) {
            busy.addAll(times(6, anEvent().on(W48.minusWeeks(w).monday().toString()).ofType("protest")));
        }
        Trends trends = TrendAnalysis.analyse(busy, W48, 12, null);
        CountRow protests = trends.byType().get(0);
        assertThat(protests.current()).isZero();
        assertThat(protests.signal()).isEqualTo(Signal.DROP);
        assertThat(trends.quiet()).extracting(Trends.Quiet::key).contains("protest");
    }

    @Test
    void actorsDyadsAndPlacesFirstSeenThisWeekAreNewButOldOnesAreNot() {
        List<Observation> events = new ArrayList<>(steadyThen(1));
        events.add(anEvent().on("2025-06-02").by("Old Brigade").by("Civilians").in("Homs", "Palmyra").build());
        events.add(anEvent().on("2025-11-25").by("Old Brigade").by("Civilians").in("Homs", "Palmyra").build());
        events.add(anEvent().on("2025-11-27").by("New Front").by("Old Brigade").in("Tartus", "Dreikish").build());

        Trends trends = TrendAnalysis.analyse(events, W48, 12, null);

        assertThat(trends.newActors()).containsExactly("New Front");
        assertThat(trends.newPlaces()).containsExactly("Dreikish, Tartus");
        assertThat(trends.newDyads()).containsExactly("New Front – Old Brigade");
        assertThat(trends.byDyad()).extracting(CountRow::key)
                .containsExactly("Civilians – Old Brigade", "New Front – Old Brigade");
    }

    @Test
    void eventsAfterThePeriodAreLeftOutAndFatalitiesAreSummedPerWeekAndPlace() {
        List<Observation> events = new ArrayList<>(steadyThen(2));
        events.add(anEvent().on("2025-11-29").killing(5).in("Homs", "Palmyra").build());
        events.add(anEvent().on("2025-12-03").killing(40).in("Homs", "Palmyra").build());

        Trends trends = TrendAnalysis.analyse(events, W48, 12, null);

        assertThat(trends.total().current()).isEqualTo(3);
        assertThat(trends.fatalities().current()).isEqualTo(5);
        assertThat(trends.hotspots()).filteredOn(h -> h.events().key().equals("Homs"))
                .singleElement().satisfies(h -> assertThat(h.fatalities()).isEqualTo(5));
    }

    @Test
    void subTypesAndTopMoversComeFromEveryDimension() {
        List<Observation> events = new ArrayList<>(steadyThen(2));
        events.addAll(times(9, anEvent().on("2025-11-27").ofType("protest").subType("sit-in").by("Farmers")
                .in("Daraa", "Nawa")));

        Trends trends = TrendAnalysis.analyse(events, W48, 12, null);

        assertThat(trends.bySubType()).extracting(CountRow::key).containsExactly("protest / sit-in");
        assertThat(trends.movers()).first().satisfies(m -> {
            assertThat(m.row().current()).isEqualTo(9);
            assertThat(m.row().change()).isEqualTo(9.0);
        });
        assertThat(trends.movers()).extracting(Trends.Mover::dimension)
                .contains(Dimension.TYPE, Dimension.SUB_TYPE, Dimension.ACTOR, Dimension.ADMIN1, Dimension.PLACE);
    }

    @Test
    void aLogThatStartsLateGivesAShortBaselineNotInventedQuietWeeks() {
        List<Observation> events = new ArrayList<>();
        for (int w = 0; w <= 4; w++) {
            events.addAll(times(3, anEvent().on(W48.minusWeeks(w).monday().toString())));
        }

        Trends fromFirstEvent = TrendAnalysis.analyse(events, W48, 12, null);
        Trends declared = TrendAnalysis.analyse(events, W48, 12, W48.minusWeeks(2).monday());

        assertThat(fromFirstEvent.baselineUsed()).isEqualTo(4);
        assertThat(fromFirstEvent.shortBaseline()).isTrue();
        assertThat(fromFirstEvent.total().weekly()).containsExactly(3, 3, 3, 3, 3);
        assertThat(fromFirstEvent.total().baselineMean()).isEqualTo(3.0);
        assertThat(fromFirstEvent.total().signal()).isEqualTo(Signal.NORMAL);
        assertThat(declared.baselineUsed()).isEqualTo(2);
    }

    @Test
    void anEmptyPeriodAndAnEmptyLogGiveZerosNotErrors() {
        Trends empty = TrendAnalysis.analyse(List.of(), W48, 12, null);
        assertThat(empty.total().current()).isZero();
        assertThat(empty.baselineUsed()).isZero();
        assertThat(empty.total().signal()).isEqualTo(Signal.NORMAL);
        assertThat(empty.byType()).isEmpty();

        Trends quietWeek = TrendAnalysis.analyse(steadyThen(0), W48, 12, null);
        assertThat(quietWeek.total().current()).isZero();
        assertThat(Double.isFinite(quietWeek.total().pValue())).isTrue();

        Trends single = TrendAnalysis.analyse(List.of(anEvent().on("2025-11-26").build()), W48, 12, null);
        assertThat(single.total().current()).isEqualTo(1);
        assertThat(single.newActors()).containsExactly("Unidentified gunmen");
    }
}
