package dev.sitrep.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.sitrep.analysis.trend.SustainedChange.Direction;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.util.FastMath;
import org.junit.jupiter.api.Test;

class SustainedChangeTest {

    private static final int WEEKS = 13;
    private static final int WINDOWS = 4000;
    /** The last five of thirteen weeks: reference weeks 0-6, watched weeks 7-12, the change at week 8. */
    private static final int CHANGE = 8;

    private static int[] window(RandomDataGenerator random, double before, double after) {
        int[] window = new int[WEEKS];
        for (int i = 0; i < WEEKS; i++) {
            window[i] = random.nextPoisson(i < CHANGE ? before : after);
        }
        return window;
    }

    @Test
    void aStationaryLevelIsRarelyFlagged() {
        for (double mean : new double[] {3, 10}) {
            RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(2025));
            int flagged = 0;
            for (int w = 0; w < WINDOWS; w++) {
                if (SustainedChange.of(window(random, mean, mean)).direction() != Direction.NONE) {
                    flagged++;
                }
            }
            double rate = (double) flagged / WINDOWS;
            assertThat(rate).as("flagged fraction, stationary Poisson mean %.0f: %.4f", mean, rate)
                    .isLessThanOrEqualTo(0.10);
        }
    }

    @Test
    void aDoublingThatHoldsIsFlaggedUpFromAboutTheWeekItStarted() {
        assertShiftCaught(5, 10, Direction.UP);
    }

    @Test
    void aHalvingThatHoldsIsFlaggedDownFromAboutTheWeekItStarted() {
        assertShiftCaught(10, 5, Direction.DOWN);
    }

    private static void assertShiftCaught(double before, double after, Direction expected) {
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(77));
        int caught = 0;
        int onTime = 0;
        for (int w = 0; w < WINDOWS; w++) {
            SustainedChange change = SustainedChange.of(window(random, before, after));
            if (change.direction() == expected) {
                caught++;
                if (FastMath.abs(change.since() - CHANGE) <= 1) {
                    onTime++;
                }
            }
        }
        double power = (double) caught / WINDOWS;
        double timely = (double) onTime / caught;
        assertThat(power).as("%s flagged for %.0f -> %.0f: %.4f", expected, before, after, power)
                .isGreaterThanOrEqualTo(0.85);
        assertThat(timely).as("since within a week of the change: %.4f of flagged", timely)
                .isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void aStepIsSummedFromTheWeekAfterTheSumWasLastZero() {
        int[] window = {5, 5, 5, 5, 5, 5, 5, 5, 12, 12, 12, 12, 12};

        SustainedChange change = SustainedChange.of(window);

        double sd = FastMath.sqrt(5);
        assertThat(change.direction()).isEqualTo(Direction.UP);
        assertThat(change.since()).isEqualTo(8);
        assertThat(change.referenceMean()).isEqualTo(5.0);
        // Seven equal weeks have no spread: σ0 falls back to the Poisson sqrt(μ0).
        assertThat(change.referenceSd()).isEqualTo(sd);
        assertThat(change.statistic()).isCloseTo(5 * (7 / sd - 0.5), offset(1e-12));
    }

    @Test
    void aSpentSpikeIsNotASustainedChange() {
        int[] window = {5, 5, 5, 5, 5, 5, 5, 5, 20, 3, 3, 3, 3};

        SustainedChange change = SustainedChange.of(window);

        assertThat(change.direction()).isEqualTo(Direction.NONE);
        assertThat(change.since()).isEqualTo(-1);
        assertThat(change.statistic()).isLessThan(SustainedChange.H_DOWN);
    }

    @Test
    void aFallThatHoldsIsDown() {
        int[] window = {12, 10, 11, 9, 10, 11, 10, 10, 4, 3, 5, 4, 3};

        SustainedChange change = SustainedChange.of(window);

        assertThat(change.direction()).isEqualTo(Direction.DOWN);
        assertThat(change.since()).isEqualTo(8);
    }

    @Test
    void windowsShorterThanEightWeeksAreNotJudged() {
        int[] seven = {0, 0, 0, 0, 30, 30, 30};
        assertThat(SustainedChange.of(seven)).isEqualTo(new SustainedChange(Direction.NONE, -1, 0, 0, 0));
        assertThat(SustainedChange.of(new int[0]).direction()).isEqualTo(Direction.NONE);
        // Eight weeks: four reference, four watched.
        SustainedChange eight = SustainedChange.of(new int[] {1, 0, 1, 0, 30, 30, 30, 30});
        assertThat(eight.direction()).isEqualTo(Direction.UP);
        assertThat(eight.since()).isEqualTo(4);
        assertThat(eight.referenceMean()).isEqualTo(0.5);
    }
}
