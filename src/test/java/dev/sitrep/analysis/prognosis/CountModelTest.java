package dev.sitrep.analysis.prognosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CountModelTest {

    private static int[] constant(int value, int n) {
        int[] s = new int[n];
        Arrays.fill(s, value);
        return s;
    }

    private static int[] linear(int start, int slope, int n) {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = start + slope * i;
        }
        return s;
    }

    @Test
    void idsRoundTripAndUnknownIdsAreRejected() {
        for (CountModel m : CountModel.values()) {
            assertThat(CountModel.byId(m.id())).isSameAs(m);
            assertThat(m.description()).isNotBlank();
        }
        assertThat(CountModel.DAMPED_HOLT.id()).isEqualTo("damped-holt");
        assertThat(CountModel.NB_TREND.id()).isEqualTo("nb-trend");
        assertThatThrownBy(() -> CountModel.byId("arima")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mean12");
    }

    @ParameterizedTest
    @EnumSource(CountModel.class)
    void aConstantSeriesIsForecastAsThatConstant(CountModel model) {
        assertThat(model.forecast(constant(17, 30), 30, 8)).containsOnly(17.0);
    }

    @ParameterizedTest
    @EnumSource(CountModel.class)
    void zerosAndASingleValueAreHandled(CountModel model) {
        assertThat(model.forecast(constant(0, 20), 20, 4)).containsOnly(0.0);
        assertThat(model.forecast(new int[] {5}, 1, 3)).containsOnly(5.0);
        assertThat(model.forecast(new int[] {0}, 1, 3)).containsOnly(0.0);
    }

    @ParameterizedTest
    @EnumSource(CountModel.class)
    void seesOnlyTheFirstLengthValues(CountModel model) {
        int[] s = linear(3, 2, 40);
        int[] cut = Arrays.copyOf(s, 25);
        assertThat(model.forecast(s, 25, 6)).containsExactly(model.forecast(cut, 25, 6));
    }

    @ParameterizedTest
    @EnumSource(CountModel.class)
    void neverForecastsANegativeCount(CountModel model) {
        int[] falling = linear(60, -3, 20); // reaches 3 and would go below zero
        assertThat(Arrays.stream(model.forecast(falling, 20, 12)).min().orElseThrow()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void naiveCarriesTheLastValueAndMean12AveragesTheLastTwelve() {
        int[] s = linear(1, 1, 20); // 1..20
        assertThat(CountModel.NAIVE.forecast(s, 20, 3)).containsOnly(20.0);
        assertThat(CountModel.MEAN12.forecast(s, 20, 3)).containsOnly(14.5); // mean of 9..20
        assertThat(CountModel.MEAN12.forecast(s, 5, 2)).containsOnly(3.0); // all five: mean of 1..5
    }

    @Test
    void dampedHoltFollowsALinearTrendButFlattensOut() {
        int[] s = linear(10, 3, 40); // next values 130, 133, ...
        double[] f = CountModel.DAMPED_HOLT.forecast(s, 40, 12);
        assertThat(f[0]).isCloseTo(130, within(2.0));
        for (int h = 1; h < f.length; h++) {
            assertThat(f[h]).isGreaterThan(f[h - 1]);
            // damped: each step adds less than the last
            if (h > 1) {
                assertThat(f[h] - f[h - 1]).isLessThan(f[h - 1] - f[h - 2]);
            }
        }
        assertThat(f[11]).isLessThan(127 + 3 * 12);
    }

    @Test
    void dampedHoltMovesToANewLevelAfterAStep() {
        int[] s = new int[30];
        for (int i = 0; i < 30; i++) {
            s[i] = i < 20 ? 5 : 25;
        }
        double[] f = CountModel.DAMPED_HOLT.forecast(s, 30, 4);
        assertThat(f[0]).isBetween(20.0, 30.0);
        assertThat(CountModel.MEAN12.forecast(s, 30, 1)[0]).isCloseTo((2 * 5 + 10 * 25) / 12.0, within(1e-12));
        assertThat(CountModel.NAIVE.forecast(s, 30, 1)[0]).isEqualTo(25);
    }

    @Test
    void smoothingAndTheLocalLevelMoveToANewLevelAfterAStepAndStayNearTheMeanOfNoise() {
        int[] step = new int[40];
        for (int i = 0; i < 40; i++) {
            step[i] = i < 30 ? 5 : 25;
        }
        for (CountModel m : List.of(CountModel.SES, CountModel.LOCAL_LEVEL)) {
            // Their weights were chosen on the steady weeks, yet ten weeks after the step they are near its level.
            for (double f : m.forecast(step, 40, 4)) {
                assertThat(f).as("%s after a step", m).isBetween(20.0, 25.0);
            }
            assertThat(m.forecast(step, 40, 4)[3]).isEqualTo(m.forecast(step, 40, 4)[0]);
        }
        int[] noise = new int[104];
        RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(5));
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (int) random.nextPoisson(20.0);
        }
        for (CountModel m : List.of(CountModel.SES, CountModel.LOCAL_LEVEL)) {
            // On noise they smooth over many weeks: within two standard errors of a 12-week mean of the true 20.
            assertThat(m.forecast(noise, 104, 1)[0]).as("%s on Poisson(20) noise", m)
                    .isCloseTo(20, within(2 * Math.sqrt(20 / 12.0)));
        }
    }

    @Test
    void nbTrendFollowsAClearTrendWithinItsCap() {
        int[] s = linear(10, 3, 40);
        double[] f = CountModel.NB_TREND.forecast(s, 40, 8);
        assertThat(f[0]).isBetween(125.0, 145.0);
        for (int h = 1; h < f.length; h++) {
            assertThat(f[h]).isGreaterThan(f[h - 1]);
        }
        assertThat(f[7]).isLessThanOrEqualTo(2 * 127.0);
        // An exponential trend is capped at twice the window's maximum however steep it is.
        int[] steep = {1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144};
        assertThat(Arrays.stream(CountModel.NB_TREND.forecast(steep, steep.length, 8)).max().orElseThrow())
                .isLessThanOrEqualTo(288);
    }

    @Test
    void nbTrendFallsWithAFallingSeries() {
        int[] s = linear(100, -3, 26);
        double[] f = CountModel.NB_TREND.forecast(s, 26, 4);
        // log-linear through a straight decline: below the window's mean and falling, if not as steeply as a line
        assertThat(f[0]).isLessThan(CountModel.mean(s, 0, 26) / 2);
        assertThat(f[3]).isLessThan(f[0]).isPositive();
    }

    @Test
    void nbTrendShrinksANoisySlopeToTheMean() {
        Well19937c rng = new Well19937c(42);
        CountDistribution noise = CountDistribution.of(20, 20);
        int flat = 0;
        for (int run = 0; run < 50; run++) {
            int[] s = new int[26];
            for (int i = 0; i < 26; i++) {
                s[i] = noise.sample(rng);
            }
            double[] f = CountModel.NB_TREND.forecast(s, 26, 8);
            if (f[0] == f[7]) {
                flat++;
                assertThat(f[0]).isCloseTo(CountModel.mean(s, 0, 26), within(1e-9));
            }
        }
        // |z| < 2 happens about 95 % of the time for a slope that is truly zero.
        assertThat(flat).as("flat forecasts out of 50 white-noise series").isGreaterThanOrEqualTo(40);
    }

    @Test
    void nbTrendFallsBackToTheMeanWhenTheFitRunsAway() {
        int[] s = new int[20];
        s[19] = 9; // zeros then one count: the likelihood grows without bound in the slope
        assertThat(CountModel.NB_TREND.forecast(s, 20, 2)).containsOnly(9.0 / 20);
    }

    @Test
    void rejectsAnEmptyHistoryOrHorizon() {
        assertThatThrownBy(() -> CountModel.NAIVE.forecast(new int[3], 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountModel.NAIVE.forecast(new int[3], 4, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountModel.NAIVE.forecast(new int[3], 3, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
