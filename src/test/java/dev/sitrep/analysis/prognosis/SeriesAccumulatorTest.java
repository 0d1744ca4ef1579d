package dev.sitrep.analysis.prognosis;

import static dev.sitrep.analysis.Observations.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.analysis.Observation;
import dev.sitrep.core.IsoWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeriesAccumulatorTest {

    private static final IsoWeek W48 = IsoWeek.parse("2025-W48");
    private static final List<String> TYPES = List.of("clash", "protest", "movement");
    private static final List<String> ACTORS = List.of("A", "B", "C", "D");
    private static final List<String> TAGS = List.of("coast", "convoy");
    private static final List<String> ADMIN1 = List.of("Latakia", "Tartus", "Homs");

    @Test
    void theIndexFindsExactlyTheSeriesThatTestingEverySeriesFinds() {
        SplittableRandom random = new SplittableRandom(7);
        List<SeriesSpec> specs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            specs.add(new SeriesSpec("s" + i, "S" + i, some(TYPES, random), some(ACTORS, random), some(TAGS, random),
                    some(ADMIN1, random)));
        }
        PrognosisSettings settings = new PrognosisSettings(8, 20, 6, 12, specs, List.of(), List.of());
        SeriesAccumulator counts = new SeriesAccumulator(W48, settings, LocalDate.of(2025, 1, 1));
        int[][] expected = new int[specs.size()][20];
        for (int e = 0; e < 3000; e++) {
            var event = anEvent().on(W48.monday().minusDays(random.nextInt(140)).toString())
                    .ofType(TYPES.get(random.nextInt(3))).in(ADMIN1.get(random.nextInt(3)), "x")
                    .by(ACTORS.get(random.nextInt(4))).by(ACTORS.get(random.nextInt(4)));
            if (random.nextBoolean()) {
                event.tagged(TAGS.get(random.nextInt(2)));
            }
            Observation o = event.build();
            counts.accept(o);
            int week = 19 - (int) java.time.temporal.ChronoUnit.WEEKS.between(IsoWeek.containing(o.occurred()).monday(),
                    W48.monday());
            for (int s = 0; s < specs.size(); s++) {
                if (specs.get(s).matches(o) && week >= 0) {
                    expected[s][week]++;
                }
            }
        }
        SeriesCounts c = counts.counts();
        for (int s = 0; s < specs.size(); s++) {
            assertThat(c.weeklyOf("s" + s)).as("series s%d", s).containsExactly(expected[s]);
        }
    }

    private static List<String> some(List<String> values, SplittableRandom random) {
        List<String> picked = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            values.stream().filter(v -> random.nextBoolean()).forEach(picked::add);
        }
        return picked;
    }

    @Test
    void monthsAreTheCalendarMonthsCompletedByThePeriodsEndAndTheLogsCoverageCutsBoth() {
        SeriesSpec all = new SeriesSpec("all", "All", List.of(), List.of(), List.of(), List.of());
        PrognosisSettings settings = new PrognosisSettings(8, 52, 6, 36, List.of(all), List.of(), List.of());
        SeriesAccumulator counts = new SeriesAccumulator(W48, settings, LocalDate.of(2025, 8, 4));
        counts.accept(anEvent().on("2025-07-30").build());
        counts.accept(anEvent().on("2025-08-04").build());
        counts.accept(anEvent().on("2025-11-30").build());
        counts.accept(anEvent().on("2025-12-01").build());

        SeriesCounts c = counts.counts();

        // W32 (4 August) to W48: 17 weeks; September to November: August is cut (coverage from the 4th).
        assertThat(c.weeklyOf("all")).hasSize(17).startsWith(1).endsWith(1);
        assertThat(c.lastMonth()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(c.monthlyOf("all")).containsExactly(0, 0, 1);
        assertThat(SeriesAccumulator.lastCompleteMonth(IsoWeek.parse("2025-W47"))).isEqualTo(YearMonth.of(2025, 10));
    }

    @Test
    void aDeathsSeriesAddsEachEventsDeathsToTheWeekItsDatePlacesThemAndLeavesOutRecordsDatedOnlyToAMonth() {
        SeriesSpec deaths = new SeriesSpec("deaths", "Deaths in Homs", List.of(), List.of(), List.of(), List.of("Homs"),
                SeriesSpec.Measure.DEATHS);
        SeriesSpec events = new SeriesSpec("events", "Events in Homs", List.of(), List.of(), List.of(), List.of("Homs"));
        PrognosisSettings settings = new PrognosisSettings(8, 4, 6, 3, List.of(deaths, events), List.of(), List.of());
        SeriesAccumulator counts = new SeriesAccumulator(W48, settings, LocalDate.of(2025, 8, 4));
        counts.accept(anEvent().on("2025-11-25").in("Homs", "Talbiseh").killing(12).build());
        counts.accept(anEvent().on("2025-11-26").in("Homs", "Rastan").build());
        counts.accept(anEvent().on("2025-11-17").in("Homs", "Rastan").killing(5).datedTo("week").build());
        // A tally for the month: its 900 deaths belong to no week, so to none of the series' weeks or months.
        counts.accept(anEvent().on("2025-10-01").in("Homs", "Homs").killing(900).datedTo("month").build());
        counts.accept(anEvent().on("2025-11-25").in("Hama", "Hama").killing(40).build());
        counts.accept(anEvent().on("2025-10-08").in("Homs", "Qusayr").killing(3).build());

        SeriesCounts c = counts.counts();

        assertThat(c.weeklyOf("deaths")).containsExactly(0, 0, 5, 12);
        assertThat(c.weeklyOf("events")).containsExactly(0, 0, 1, 2);
        assertThat(c.monthlyOf("deaths")).containsExactly(0, 3, 17);
        assertThat(c.monthlyOf("events")).containsExactly(0, 2, 3);
    }
}
