package dev.sitrep.analysis.trend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeathTestTest {

    private static final int[] ORDINARY = {40, 22, 55, 31, 60, 45, 38, 70, 29, 50, 44, 35};

    @Test
    void aWeekSeveralTimesTheUsualTollIsASurge() {
        DeathTest test = DeathTest.of(ORDINARY, 600);

        assertThat(test.signal()).isEqualTo(Signal.SURGE);
        assertThat(test.typical()).isBetween(40.0, 45.0);
        assertThat(test.pValue()).isLessThan(0.01);
    }

    @Test
    void oneMassacreInTheBaselineDoesNotMakeEveryLaterWeekLookNormal() {
        int[] withMassacre = ORDINARY.clone();
        withMassacre[3] = 3000;

        assertThat(DeathTest.of(withMassacre, 600).signal()).isEqualTo(Signal.SURGE);
        // A mean-and-deviation test would have called 600 ordinary against that baseline.
        double mean = java.util.Arrays.stream(withMassacre).average().orElseThrow();
        assertThat(mean).isGreaterThan(250);
    }

    @Test
    void oneMassacreInTheBaselineDoesNotMakeAnOrdinaryWeekLookAbnormal() {
        int[] withMassacre = ORDINARY.clone();
        withMassacre[3] = 3000;

        assertThat(DeathTest.of(withMassacre, 48).signal()).isEqualTo(Signal.NORMAL);
        assertThat(DeathTest.of(withMassacre, 30).signal()).isEqualTo(Signal.NORMAL);
    }

    @Test
    void aWeekOfSingleDigitDeathsWhereNoneIsUsualIsNotASurge() {
        assertThat(DeathTest.of(new int[12], 3).signal()).isEqualTo(Signal.NORMAL);
        assertThat(DeathTest.of(new int[12], 40).signal()).isEqualTo(Signal.SURGE);
    }

    @Test
    void aWeekFarBelowTheUsualTollIsADrop() {
        assertThat(DeathTest.of(ORDINARY, 0).signal()).isEqualTo(Signal.DROP);
    }

    @Test
    void tooShortABaselineSaysNothing() {
        DeathTest test = DeathTest.of(new int[] {10, 12, 9}, 500);

        assertThat(test.signal()).isEqualTo(Signal.NORMAL);
        assertThat(test.pValue()).isEqualTo(1);
    }
}
