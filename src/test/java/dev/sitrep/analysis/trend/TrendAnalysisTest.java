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

class TrendAnalysisTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");

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
        CountRow clashes = TrendAnalysis.analyse(steadyThen(8), W48, 12).byType().get(0);

        assertThat(clashes.key()).isEqualTo("armed-clash");
        assertThat(clashes.current()).isEqualTo(8);
        assertThat(clashes.baselineMean()).isEqualTo(2.0);
        assertThat(clashes.signal()).isEqualTo(Signal.SURGE);
        // P(X >= 8 | Poisson(2)) = 0.00110
        assertThat(clashes.pValue()).isCloseTo(0.00110, org.assertj.core.data.Offset.offset(0.00005));
        assertThat(clashes.changePercent()).isEqualTo(300.0);
        assertThat(clashes.weekly()).hasSize(13).endsWith(8);
    }

    @Test
    void aWeekLikeItsBaselineIsNormalAndAnEmptyWeekAfterAStreakIsADrop() {
        assertThat(TrendAnalysis.analyse(steadyThen(3), W48, 12).byType().get(0).signal()).isEqualTo(Signal.NORMAL);
        List<Observation> busy = new ArrayList<>();
        for (int w = 1; w <= 12; w++) {
            busy.addAll(times(6, anEvent().on(W48.minusWeeks(w).monday().toString()).ofType("protest")));
        }
        CountRow protests = TrendAnalysis.analyse(busy, W48, 12).byType().get(0);
        assertThat(protests.current()).isZero();
        assertThat(protests.signal()).isEqualTo(Signal.DROP);
    }

    @Test
    void actorsAndPlacesFirstSeenThisWeekAreNewButOldOnesAreNot() {
        List<Observation> events = new ArrayList<>(steadyThen(1));
        events.add(anEvent().on("2025-06-02").by("Old Brigade").in("Homs", "Palmyra").build());
        events.add(anEvent().on("2025-11-25").by("Old Brigade").in("Homs", "Palmyra").build());
        events.add(anEvent().on("2025-11-27").by("New Front").in("Tartus", "Dreikish").build());

        Trends trends = TrendAnalysis.analyse(events, W48, 12);

        assertThat(trends.newActors()).containsExactly("New Front");
        assertThat(trends.newPlaces()).containsExactly("Dreikish");
    }

    @Test
    void eventsAfterThePeriodAreLeftOutAndFatalitiesAreSummedPerWeek() {
        List<Observation> events = new ArrayList<>(steadyThen(2));
        events.add(anEvent().on("2025-11-29").killing(5).build());
        events.add(anEvent().on("2025-12-03").killing(40).build());

        Trends trends = TrendAnalysis.analyse(events, W48, 12);

        assertThat(trends.total().current()).isEqualTo(3);
        assertThat(trends.fatalities().current()).isEqualTo(5);
    }
}
